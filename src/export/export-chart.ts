// Downloads the chart inside a figure as SVG or PNG, named after the project and the chart.
import { downloadBlob } from './download-blob';
import { fileSlug } from './file-name';
import { readLegend, standaloneChartSvg } from './standalone-chart-svg';
import { svgToPng } from './svg-to-png';

import type { ImageFormat } from './image-format';

export async function exportChart(
  figure: Element,
  title: string,
  projectName: string,
  format: ImageFormat,
  /** The variant the chart belongs to, where several variants' charts share a screen (Compare). */
  variant?: { id: string; name: string },
): Promise<void> {
  // The chart's SVG, not the download button's icon.
  const source = [...figure.querySelectorAll<SVGSVGElement>('svg')].find(
    (s) => !s.closest('.chart-download'),
  );
  if (!source) throw new Error(`Chart export: "${title}" has no SVG to export.`);
  // The visible caption (title and unit) heads the image; the plain title names the file.
  const caption = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
  const heading = variant ? `${caption || title} — ${variant.name}` : caption || title;
  const chart = standaloneChartSvg(source, heading, readLegend(figure), caption !== undefined);
  const parts = [
    fileSlug(projectName, 'project'),
    ...(variant ? [fileSlug(variant.id, 'variant')] : []),
    fileSlug(title, 'chart'),
  ];
  const name = `${parts.join('-')}.${format}`;
  if (format === 'svg') downloadBlob(name, new Blob([chart.svg], { type: 'image/svg+xml' }));
  else downloadBlob(name, await svgToPng(chart.svg, chart.width, chart.height, 2));
}
