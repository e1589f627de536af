import type { Project, Variant } from '../../models/types';
import { useProjectStore } from './project-store';
import { useUiStore } from './ui-store';

/** The variant shown in the editor: the chosen one, or the first when the choice no longer exists. */
export function pickVariant(project: Project, variantId: string | null): Variant {
  return project.variants.find((v) => v.id === variantId) ?? project.variants[0]!;
}

export function useActiveVariant(): Variant {
  const variantId = useUiStore((s) => s.variantId);
  return useProjectStore((s) => pickVariant(s.project, variantId));
}

export function getActiveVariant(): Variant {
  return pickVariant(useProjectStore.getState().project, useUiStore.getState().variantId);
}
