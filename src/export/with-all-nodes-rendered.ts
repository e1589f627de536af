// A large canvas renders only the nodes in view (onlyRenderVisibleElements). For an image of the
// whole diagram, zoom to fit for the duration of `work` so that every node is in the DOM, then
// put the user's viewport back exactly.
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

export async function withAllNodesRendered<T>(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  viewportElement: Element,
  work: () => Promise<T>,
): Promise<T> {
  const rendered = viewportElement.querySelectorAll('.react-flow__node').length;
  if (rendered >= flow.getNodes().length) return work();
  const saved = flow.getViewport();
  await flow.fitView({ padding: 0, minZoom: 0.01 });
  // Two frames: React renders the newly visible nodes, then the browser lays them out.
  await nextFrame();
  await nextFrame();
  try {
    return await work();
  } finally {
    await flow.setViewport(saved);
  }
}
