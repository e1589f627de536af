// The canvas's React Flow instance, for commands that act on the viewport (fit, add at the centre).
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './flow-types';

let instance: ReactFlowInstance<FlowNode, FlowEdge> | null = null;
let container: HTMLElement | null = null;

export function setFlowInstance(
  flow: ReactFlowInstance<FlowNode, FlowEdge> | null,
  element: HTMLElement | null,
): void {
  instance = flow;
  container = element;
}

export const getFlowInstance = (): ReactFlowInstance<FlowNode, FlowEdge> | null => instance;

/** The flow coordinates at the centre of the visible canvas. */
export function viewportCentre(): { x: number; y: number } {
  if (!instance || !container) return { x: 0, y: 0 };
  const r = container.getBoundingClientRect();
  const p = instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  // Nodes are placed by their top-left corner; centre the typical node size on the point.
  return { x: p.x - 90, y: p.y - 28 };
}

export function fitView(): void {
  void instance?.fitView({ padding: 0.15, duration: 200 });
}

/** Moves the view onto these nodes (after an import added them beside the drawing). */
export function revealNodes(ids: readonly string[]): void {
  if (ids.length === 0) return;
  // After React Flow has measured the new nodes.
  requestAnimationFrame(() => {
    void instance?.fitView({
      nodes: ids.map((id) => ({ id })),
      padding: 0.3,
      maxZoom: 1,
      duration: 200,
    });
  });
}

/**
 * Brings these nodes into view when one of them is outside it (after React Flow has drawn them):
 * panned, and zoomed out only as far as needed, never in (a transformation's new broker).
 */
export function keepInView(ids: readonly string[]): void {
  // No canvas (another view, or no page at all): nothing to bring into view.
  if (ids.length === 0 || !instance) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const flow = instance;
      const box = container?.getBoundingClientRect();
      if (!flow || !box) return;
      const outside = ids.some((id) => {
        const node = flow.getInternalNode(id);
        if (!node) return false;
        const p = node.internals.positionAbsolute;
        const from = flow.flowToScreenPosition(p);
        const to = flow.flowToScreenPosition({
          x: p.x + (node.measured.width ?? 0),
          y: p.y + (node.measured.height ?? 0),
        });
        return from.x < box.left || from.y < box.top || to.x > box.right || to.y > box.bottom;
      });
      if (outside)
        void flow.fitView({
          nodes: ids.map((id) => ({ id })),
          padding: 0.2,
          maxZoom: flow.getZoom(),
          duration: 200,
        });
    }),
  );
}

/** A project just opened: all of it in view at no more than 100 %; an empty one at 100 %. */
export function viewOpenedProject(): void {
  if (!instance) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const flow = instance;
      if (!flow) return;
      if (flow.getNodes().length === 0) void flow.setViewport({ x: 0, y: 0, zoom: 1 });
      else void flow.fitView({ padding: 0.15, maxZoom: 1 });
    }),
  );
}

/** Width / height of the visible canvas (for a layout that fills it). */
export function canvasAspectRatio(): number {
  const r = container?.getBoundingClientRect();
  // ELK's wrapping undershoots the ratio it is given; asking for twice the canvas's fills it better.
  return r && r.height > 0 ? (2 * r.width) / r.height : 3;
}
