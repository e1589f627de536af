// Where a fault's label goes on its lane: inside its bar when it fits, else just after the bar,
// else just before it, else on the roomier side shortened with an ellipsis (the bar's tooltip
// keeps the whole label). A label never runs past the chart's edges.

export interface PlacedLabel {
  x: number;
  anchor: 'start' | 'end';
  text: string;
}

const PAD = 4;

export function placeFaultLabel(
  bar: { x0: number; x1: number },
  chart: { left: number; right: number },
  label: string,
  width: (text: string) => number,
): PlacedLabel {
  const w = width(label);
  if (w + 2 * PAD <= bar.x1 - bar.x0) return { x: bar.x0 + PAD, anchor: 'start', text: label };
  const after = chart.right - (bar.x1 + PAD);
  const before = bar.x0 - PAD - chart.left;
  if (w <= after) return { x: bar.x1 + PAD, anchor: 'start', text: label };
  if (w <= before) return { x: bar.x0 - PAD, anchor: 'end', text: label };
  const text = shortened(label, Math.max(after, before), width);
  return after >= before
    ? { x: bar.x1 + PAD, anchor: 'start', text }
    : { x: bar.x0 - PAD, anchor: 'end', text };
}

/** The longest start of the label that, with an ellipsis, fits the room. */
function shortened(label: string, room: number, width: (text: string) => number): string {
  for (let n = label.length - 1; n > 0; n--) {
    const text = `${label.slice(0, n).trimEnd()}…`;
    if (width(text) <= room) return text;
  }
  return '…';
}
