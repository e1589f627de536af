// One figure of a capacity sweep against offered load as inline SVG for the HTML report and the
// slides: a line per variant through the loads simulated (a dot at each, its value in a data
// attribute and a tooltip), each breaking point as a dashed vertical line, the objective's target.
import { scaleLinear } from 'd3-scale';
import { formatValue, type Unit } from '../figures/format-value';
import { maxOf } from '../max-of';
import type { CapacityFigure, CapacityReport } from './capacity-report';
import { escapeHtml as esc } from './escape';

export interface CapacityChartOptions {
  figure: CapacityFigure;
  title: string;
  unit: Unit;
  /** One colour per curve, in order. */
  colours: readonly string[];
  width?: number;
  height?: number;
}

const fixed = (v: number): string => v.toFixed(1);

export function capacityChartSvg(report: CapacityReport, o: CapacityChartOptions): string {
  const width = o.width ?? 320;
  const height = o.height ?? 190;
  const m = { top: 30, right: 16, bottom: 30, left: 56 };
  const xs = report.curves.flatMap((c) => c.points.map((p) => p.offeredRps));
  const ys = report.curves.flatMap((c) => c.points.map((p) => p[o.figure]));
  const target = o.figure === 'p99Ms' ? report.p99TargetMs : null;
  const yMax = maxOf([...ys.filter(Number.isFinite), target ?? 0], 0);
  const x = scaleLinear()
    .domain([0, Math.max(1, maxOf(xs, 0)) * 1.05])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .nice(4)
    .range([height - m.bottom, m.top]);
  const parts: string[] = [
    `<svg class="chart capacity-chart" data-figure="${o.figure}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(`${o.title} against offered load`)}">`,
    `<title>${esc(`${o.title} against offered load (peak requests per second)`)}</title>`,
    `<text x="${m.left}" y="15" class="chart-title">${esc(o.title)}</text>`,
  ];
  for (const t of y.ticks(4))
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${fixed(y(t))}" y2="${fixed(y(t))}" class="grid"/>`,
      `<text x="${m.left - 6}" y="${fixed(y(t) + 4)}" text-anchor="end" class="tick">${esc(formatValue(t, o.unit))}</text>`,
    );
  for (const t of x.ticks(4))
    parts.push(
      `<text x="${fixed(x(t))}" y="${height - 12}" text-anchor="middle" class="tick">${esc(formatValue(t, 'rps'))}</text>`,
    );
  if (target !== null)
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${fixed(y(target))}" y2="${fixed(y(target))}" class="target" stroke="#64748b" stroke-dasharray="2 3"/>`,
    );
  report.curves.forEach((c, k) => {
    const colour = o.colours[k % o.colours.length]!;
    const shown = c.points.filter((p) => Number.isFinite(p[o.figure]));
    if (c.markerRps !== null)
      parts.push(
        `<g class="capacity-marker" data-marker="${esc(c.variant)}" data-rps="${c.markerRps}"><line x1="${fixed(x(c.markerRps))}" x2="${fixed(x(c.markerRps))}" y1="${m.top}" y2="${height - m.bottom}" style="stroke:${colour}" stroke-width="1.5" stroke-dasharray="5 3"/><title>${esc(`${c.name} ${c.headline}`)}</title></g>`,
      );
    parts.push(
      `<polyline points="${shown.map((p) => `${fixed(x(p.offeredRps))},${fixed(y(p[o.figure]))}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
    for (const p of shown)
      parts.push(
        `<circle cx="${fixed(x(p.offeredRps))}" cy="${fixed(y(p[o.figure]))}" r="3" fill="${colour}" data-variant="${esc(c.variant)}" data-rps="${p.offeredRps}" data-value="${p[o.figure]}"><title>${esc(`${c.name}: ${formatValue(p[o.figure], o.unit)} at ${formatValue(p.offeredRps, 'rps')}`)}</title></circle>`,
      );
  });
  parts.push('</svg>');
  return parts.join('');
}
