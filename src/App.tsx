// The app shell: header, the current view, the status line and the project dialogs.
import { useEffect } from 'react';
import { registerCommands } from './commands/registry';
import { BUILTIN_COMMANDS } from './commands/builtin-commands';
import { TRANSFORMATION_COMMANDS } from './commands/transformation-commands';
import { VARIANT_COMMANDS } from './commands/variant-commands';
import { useClipboardEvents } from './commands/use-clipboard-events';
import { useShortcuts } from './commands/use-shortcuts';
import { ConnectToDialog } from './canvas/ConnectToDialog';
import { CommandPalette } from './help/CommandPalette';
import { guideOf } from './help/docs';
import { GuideDialog } from './help/GuideDialog';
import { HELP_COMMANDS } from './help/help-commands';
import { ShortcutSheet } from './help/ShortcutSheet';
import { ImportTracesDialog } from './interop/ImportTracesDialog';
import { INTEROP_COMMANDS } from './interop/interop-commands';
import { CANVAS_EXPORT_COMMANDS } from './export/canvas-export-commands';
import { PROJECT_COMMANDS } from './project/project-commands';
import { useFileDrop } from './project/use-file-drop';
import { ConfirmDialog } from './shell/ConfirmDialog';
import { ExamplesDialog } from './shell/ExamplesDialog';
import { Header } from './shell/Header';
import { ReportDialog } from './shell/ReportDialog';
import { RenameScenarioDialog } from './scenario/RenameScenarioDialog';
import { SCENARIO_COMMANDS } from './scenario/scenario-commands';
import { ShareDialog } from './shell/ShareDialog';
import { THEME_COMMANDS } from './shell/theme-commands';
import { AutosaveWarning } from './shell/AutosaveStatus';
import { ReadOnlyBar } from './shell/ReadOnlyBar';
import { VersionsDialog } from './shell/VersionsDialog';
import { StatusLine } from './shell/StatusLine';
import { useUiStore } from './store/ui-store';
import { findView } from './views/registry';

registerCommands([
  ...BUILTIN_COMMANDS,
  ...TRANSFORMATION_COMMANDS,
  ...VARIANT_COMMANDS,
  ...SCENARIO_COMMANDS,
  ...PROJECT_COMMANDS,
  ...INTEROP_COMMANDS,
  ...CANVAS_EXPORT_COMMANDS,
  ...HELP_COMMANDS,
  ...THEME_COMMANDS,
]);

export function App() {
  useShortcuts();
  useClipboardEvents();
  useFileDrop();
  const view = useUiStore((s) => s.view);
  const dialog = useUiStore((s) => s.dialog);
  const View = findView(view).component;
  const guide = guideOf(dialog);
  useEffect(() => {
    document.title = 'Spillway';
  }, []);
  return (
    <div className="app">
      <Header />
      <AutosaveWarning />
      <ReadOnlyBar />
      <main className="app-main" data-testid={`view-${findView(view).id}-panel`}>
        <View />
      </main>
      <StatusLine />
      {dialog === 'examples' && <ExamplesDialog />}
      {dialog === 'share' && <ShareDialog />}
      {dialog === 'versions' && <VersionsDialog />}
      {dialog === 'shortcuts' && <ShortcutSheet />}
      {dialog === 'palette' && <CommandPalette />}
      {dialog === 'rename-scenario' && <RenameScenarioDialog />}
      {dialog === 'connect-to' && <ConnectToDialog />}
      {guide && <GuideDialog key={guide} file={guide} />}
      <ImportTracesDialog />
      <ReportDialog />
      <ConfirmDialog />
    </div>
  );
}
