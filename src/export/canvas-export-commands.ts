// Project menu commands: the active variant's diagram as PNG or SVG, named after project and variant.
import { getFlowInstance } from '../canvas/flow-api';
import type { Command } from '../commands/registry';
import { getActiveVariant } from '../store/active-variant';
import { getProject } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import { canvasImage } from './canvas-image';
import { downloadBlob } from './download-blob';
import type { ImageFormat } from './image-format';
import { fileSlug } from './file-name';

const canExport = (): boolean =>
  useUiStore.getState().view === 'edit' &&
  getActiveVariant().nodes.length > 0 &&
  getFlowInstance() !== null;

async function exportCanvas(format: ImageFormat): Promise<void> {
  const flow = getFlowInstance();
  const container = document.querySelector<HTMLElement>('[data-testid="canvas"]');
  if (!flow || !container) return showStatus('Open the Edit view to export the canvas.', 'error');
  try {
    const image = await canvasImage(flow, container, format);
    const blob = await (await fetch(image.dataUrl)).blob();
    downloadBlob(
      `${fileSlug(getProject().name, 'project')}-${fileSlug(getActiveVariant().id, 'variant')}.${format}`,
      blob,
    );
  } catch (e) {
    showStatus(
      `Could not export the canvas: ${e instanceof Error ? e.message : String(e)}`,
      'error',
    );
  }
}

export const CANVAS_EXPORT_COMMANDS: Command[] = [
  {
    name: 'project.exportCanvasPng',
    label: 'Export canvas as PNG',
    group: 'project',
    description: 'Download the whole diagram of this variant as a PNG image (2×, current theme)',
    enabled: canExport,
    perform: () => exportCanvas('png'),
  },
  {
    name: 'project.exportCanvasSvg',
    label: 'Export canvas as SVG',
    group: 'project',
    description: 'Download the whole diagram of this variant as an SVG image (current theme)',
    enabled: canExport,
    perform: () => exportCanvas('svg'),
  },
];
