import { scaleLinear } from 'd3-scale';
import { escapeHtml as esc } from './escape';
import { maxOf } from '../max-of';

export interface TrajectoryChartOptions {
  title: string;
  format: (v: number) => string;
  color: string;
  width?: number;
  height?: number;
}

/**
 * A small line chart of one KPI over the steps (x = step 0..n), as inline SVG: gridlines with
 * tick labels, a point per step, the first and last values written out.
 */
export function trajectoryChart(values: readonly number[], o: TrajectoryChartOptions): string {
  const width = o.width ?? 320;
  const height = o.height ?? 180;
  const m = { top: 40, right: 16, bottom: 26, left: 56 };
  const max = maxOf(values.filter(Number.isFinite), 0);
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range([height - m.bottom, m.top]);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([m.left, width - m.right]);
  const ticks = y.ticks(4);
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<text x="${m.left}" y="15" class="chart-title">${esc(o.title)}</text>`,
  );
  for (const t of ticks) {
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/>`,
      `<text x="${m.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" class="tick">${esc(o.format(t))}</text>`,
    );
  }
  values.forEach((_, i) => {
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${height - 8}" text-anchor="middle" class="tick">${i}</text>`,
    );
  });
  const points = values.map(
    (v, i) => `${x(i).toFixed(1)},${y(Number.isFinite(v) ? v : 0).toFixed(1)}`,
  );
  parts.push(
    `<polyline points="${points.join(' ')}" fill="none" stroke="${o.color}" stroke-width="2.5" stroke-linejoin="round"/>`,
  );
  values.forEach((v, i) => {
    parts.push(
      `<circle cx="${x(i).toFixed(1)}" cy="${y(Number.isFinite(v) ? v : 0).toFixed(1)}" r="3.5" fill="${o.color}"><title>Step ${i}: ${esc(o.format(v))}</title></circle>`,
    );
  });
  const last = values.length - 1;
  if (last >= 0) {
    parts.push(
      `<text x="${(x(0) + 6).toFixed(1)}" y="${(y(values[0]!) - 8).toFixed(1)}" class="value">${esc(o.format(values[0]!))}</text>`,
      `<text x="${x(last).toFixed(1)}" y="${(y(values[last]!) - 8).toFixed(1)}" text-anchor="end" class="value">${esc(o.format(values[last]!))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
