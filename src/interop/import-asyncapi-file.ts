// Project › Import AsyncAPI…: read the document, preview what it adds, merge on the user's word.
import { importAsyncApi } from '../../models/interop/asyncapi-import';
import { ImportIssue } from '../../models/interop/import-issue';
import { revealNodes } from '../canvas/flow-api';
import { getActiveVariant } from '../store/active-variant';
import { getProject, useProjectStore } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import { pickLocalFile } from './pick-local-file';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function importAsyncApiFile(): Promise<void> {
  const file = await pickLocalFile('.yaml,.yml,.json', 'asyncapi-file-input');
  if (!file) return;
  const target = getActiveVariant();
  let result: ReturnType<typeof importAsyncApi>;
  try {
    result = importAsyncApi(await file.text(), target);
  } catch (e) {
    if (!(e instanceof ImportIssue)) throw e;
    useUiStore
      .getState()
      .showReport({ title: `Could not import ${file.name}`, lines: [e.message] });
    return;
  }
  const { variant, summary, added } = result;
  const changes = summary.filter((s) => !s.includes(': matched ') && !s.endsWith('already there'));
  if (changes.length === 0) {
    showStatus(`${file.name} adds nothing to ${target.name}: everything in it is already there.`);
    return;
  }
  const edges = variant.edges.length - target.edges.length;
  const apply = (): void => {
    const project = getProject();
    useProjectStore.getState().replaceProject({
      ...project,
      variants: project.variants.map((v) => (v.id === target.id ? variant : v)),
    });
    useUiStore.getState().select({ nodes: added, edges: [] });
    revealNodes(added);
    showStatus(
      `Merged ${file.name} into ${target.name}: ${plural(added.length, 'node')} and ${plural(edges, 'edge')} added (undo takes them back).`,
      'success',
    );
  };
  useUiStore.getState().askConfirmation({
    title: `Import ${file.name} into ${target.name}?`,
    message: `It adds ${plural(added.length, 'node')} and ${plural(edges, 'edge')}; what is already there is matched and kept.`,
    details: summary,
    confirmLabel: `Add to ${target.name}`,
    destructive: false,
    onConfirm: apply,
  });
}
