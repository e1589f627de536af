// The whole diagram as an image, not just the visible part: React Flow's documented recipe —
// frame the nodes' bounds with getViewportForBounds and render the viewport element with
// html-to-image at that transform. Minimap, controls and the dotted background sit outside the
// viewport element, so they are left out.
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { ReactFlowInstance } from '@xyflow/react';
import { CANVAS_STYLE_PROPERTIES, finishCanvasSvg } from './canvas-styles';
import { themeBackground } from './theme-background';
import { withAllNodesRendered } from './with-all-nodes-rendered';
import { withInlinedSvgStyles } from './with-inlined-svg-styles';
import { svgToPng } from './svg-to-png';
import type { ImageFormat } from './image-format';

const MARGIN = 40;
/** Longest side of the image in CSS pixels; bigger diagrams are scaled down to fit. */
const MAX_SIDE = 4000;

export interface CanvasImage {
  dataUrl: string;
  width: number;
  height: number;
}

export async function canvasImage(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  container: HTMLElement,
  format: ImageFormat,
): Promise<CanvasImage> {
  const viewportElement = container.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportElement)
    throw new Error('Canvas export: the canvas is not on screen (open the Edit view).');
  const bounds = getNodesBounds(flow.getNodes());
  const scale = Math.min(1, MAX_SIDE / (Math.max(bounds.width, bounds.height) + 2 * MARGIN));
  const width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
  const height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
  // maxZoom = scale: the fitted zoom would otherwise swallow the margin on a scaled-down diagram.
  const viewport = getViewportForBounds(bounds, width, height, 0.01, scale, 0);
  const background = themeBackground(container.querySelector('.react-flow') ?? container);
  const options = {
    includeStyleProperties: CANVAS_STYLE_PROPERTIES,
    width,
    height,
    pixelRatio: 1,
    skipFonts: true,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
    // Handles are editing affordances, not part of the diagram.
    filter: (node: HTMLElement): boolean => !node.classList?.contains('react-flow__handle'),
  };
  const svg = await withAllNodesRendered(flow, viewportElement, () =>
    withInlinedSvgStyles(viewportElement, () =>
      toSvg(viewportElement, options).then((svg) => finishCanvasSvg(svg, background)),
    ),
  );
  // The PNG is drawn from that same SVG (background rectangle included, text made XML-safe by
  // finishCanvasSvg): html-to-image's own toPng loads its unchecked SVG, which fails on a name
  // holding a control character.
  if (format === 'svg') return { dataUrl: svg, width, height };
  const text = decodeURIComponent(svg.slice(svg.indexOf(',') + 1));
  const png = await svgToPng(text, width, height, 2);
  return { dataUrl: await blobDataUrl(png), width, height };
}

function blobDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () =>
      reject(reader.error ?? new Error('PNG export: the image could not be read.'));
    reader.readAsDataURL(blob);
  });
}
