// A chart's own SVG made self-contained: styles inlined, the title and legend (HTML around the
// SVG in the app) drawn into it, an opaque background in the current theme, interactive
// overlays removed. The result renders the same in any SVG viewer.
import { xmlSafe } from './xml-safe';
import { inlineComputedStyles } from './inline-computed-styles';
import { layoutLegend } from './legend-layout';
import { themeBackground } from './theme-background';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const TITLE_H = 24;
const LEGEND_H = 22;
/** Parts of a chart that only make sense with a pointer or keyboard focus. */
const TRANSIENT = '.chart-overlay, .chart-hover';

export interface ChartLegendEntry {
  label: string;
  colour: string;
}

export interface StandaloneChart {
  svg: string;
  width: number;
  height: number;
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The legend entries of an HTML legend next to the chart (swatch colours already computed). */
export function readLegend(figure: Element): ChartLegendEntry[] {
  return [...figure.querySelectorAll('.chart-legend li')].map((li) => {
    const swatch = li.querySelector('.chart-swatch');
    return {
      label: li.textContent?.trim() ?? '',
      colour: swatch ? getComputedStyle(swatch).backgroundColor : 'currentColor',
    };
  });
}

/** `drawTitle` false: the chart's SVG already writes its own title (the roadmap's trajectory charts). */
export function standaloneChartSvg(
  source: SVGSVGElement,
  title: string,
  legend: readonly ChartLegendEntry[] = [],
  drawTitle = true,
): StandaloneChart {
  const box = source.getBoundingClientRect();
  const chartW = Math.ceil(box.width);
  const chartH = Math.ceil(box.height);
  const width = chartW + 2 * PAD;
  const titleH = drawTitle ? TITLE_H : 0;
  const rootStyle = getComputedStyle(source);
  const legendLayout = layoutLegend(
    legend.map((e) => e.label),
    PAD,
    width - PAD,
    `11px ${rootStyle.fontFamily}`,
  );
  const height = chartH + titleH + legendLayout.rows * LEGEND_H + 2 * PAD;
  const textColour = rootStyle.color;

  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(source, clone);
  clone.querySelectorAll(TRANSIENT).forEach((e) => e.remove());

  const out = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
  });
  out.setAttribute('style', `font-family:${rootStyle.fontFamily};font-size:${rootStyle.fontSize}`);
  out.append(element('title', {}, title));
  out.append(element('rect', { width, height, fill: themeBackground(source) }));
  if (drawTitle)
    out.append(
      element(
        'text',
        { x: PAD, y: PAD + 14, fill: textColour, 'font-size': 13, 'font-weight': 600 },
        title,
      ),
    );
  // The chart keeps its own coordinates, nested and shifted below the title.
  const body = element('svg', {
    x: PAD,
    y: PAD + titleH,
    width: chartW,
    height: chartH,
    overflow: 'visible',
  });
  // A chart drawn in a viewBox and scaled by CSS keeps that scaling.
  for (const a of ['viewBox', 'preserveAspectRatio']) {
    const v = source.getAttribute(a);
    if (v) body.setAttribute(a, v);
  }
  body.setAttribute('style', clone.getAttribute('style') ?? '');
  body.append(...clone.childNodes);
  out.append(body);

  const legendY = PAD + titleH + chartH + 8;
  legend.forEach((entry, i) => {
    const { x, row } = legendLayout.placed[i]!;
    const y = legendY + row * LEGEND_H;
    out.append(element('rect', { x, y, width: 10, height: 10, fill: entry.colour }));
    out.append(
      element('text', { x: x + 14, y: y + 9, fill: textColour, 'font-size': 11 }, entry.label),
    );
  });
  return { svg: xmlSafe(new XMLSerializer().serializeToString(out)), width, height };
}
