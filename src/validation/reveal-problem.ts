// A warning points at its node or edge: selecting it (which outlines it) and bringing it into view.
import type { ProblemPlace } from '../../models/problem-place';
import { keepInView } from '../canvas/flow-api';
import { getActiveVariant } from '../store/active-variant';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';

/** Selects the node or edge a problem is about (in its variant) and pans the canvas onto it. */
export function revealProblem(place: ProblemPlace): void {
  const ui = useUiStore.getState();
  const variant = useProjectStore.getState().project.variants.find((v) => v.id === place.variantId);
  if (!variant) return;
  if (getActiveVariant().id !== variant.id) ui.setVariantId(variant.id);
  if (ui.view !== 'edit') ui.setView('edit');
  if (place.nodeId) {
    ui.select({ nodes: [place.nodeId], edges: [] });
    keepInView([place.nodeId]);
  } else if (place.edgeId) {
    const edge = variant.edges.find((e) => e.id === place.edgeId);
    ui.select({ nodes: [], edges: [place.edgeId] });
    if (edge) keepInView([edge.from, edge.to]);
  }
}
