// Commands on whole variants (the tabs above the canvas): duplicate, delete.
import { duplicateVariant } from '../../models/variants/duplicate-variant';
import { removeVariant } from '../../models/variants/remove-variant';
import { getActiveVariant } from '../store/active-variant';
import { getProject, useProjectStore } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import type { Command } from './registry';
import { countNoun } from '../../models/count-noun';

function duplicateActive(): void {
  const source = getActiveVariant();
  const { project, id, name } = duplicateVariant(getProject(), source.id);
  useProjectStore.getState().updateProject(() => project);
  useUiStore.getState().setVariantId(id);
  showStatus(`Created “${name}” from “${source.name}”.`, 'success');
}

function deleteActive(): void {
  const variant = getActiveVariant();
  const project = getProject();
  const out = removeVariant(project, variant.id);
  if (!out.ok) {
    showStatus(out.reason, 'error');
    return;
  }
  const roadmapNote = out.droppedRoadmap
    ? ` The roadmap${project.roadmap?.steps.length ? `, with its ${countNoun(project.roadmap.steps.length, 'step')},` : ''} goes with it.`
    : '';
  // A whole diagram: ask first (undo would bring it back too, but only in this session).
  useUiStore.getState().askConfirmation({
    title: 'Delete variant',
    message: `Delete the variant “${variant.name}”?${roadmapNote}`,
    confirmLabel: 'Delete variant',
    onConfirm: () => {
      useProjectStore.getState().updateProject(() => out.project);
      useUiStore.getState().setVariantId(out.next);
      showStatus(`Deleted “${variant.name}”.${roadmapNote} Undo brings it back.`, 'success');
    },
  });
}

export const VARIANT_COMMANDS: Command[] = [
  {
    name: 'variant.duplicate',
    label: 'Duplicate variant',
    group: 'variant',
    edits: true,
    description: 'Copy this variant, keeping node ids, to start a to-be',
    enabled: () => true,
    perform: duplicateActive,
  },
  {
    name: 'variant.delete',
    label: 'Delete variant',
    group: 'variant',
    edits: true,
    description: 'Remove this variant from the project (a project keeps at least one)',
    enabled: () => getProject().variants.length > 1,
    perform: deleteActive,
  },
];
