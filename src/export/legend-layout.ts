// Places legend entries (swatch + label) left to right, wrapping to a new row when the next
// entry would pass the right edge. Labels are measured in the font they will be drawn with.
export interface PlacedEntry {
  x: number;
  row: number;
}

const SWATCH = 14;
const GAP = 16;

export function textWidth(text: string, font: string): number {
  // Without a page (server-side rendering) the rough average below stands in.
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return 7 * text.length; // a rough average for 11 px text
  context.font = font;
  return context.measureText(text).width;
}

export function layoutLegend(
  labels: readonly string[],
  left: number,
  right: number,
  font: string,
): { placed: PlacedEntry[]; rows: number } {
  const placed: PlacedEntry[] = [];
  let x = left;
  let row = 0;
  for (const label of labels) {
    const w = SWATCH + textWidth(label, font);
    if (x > left && x + w > right) {
      row += 1;
      x = left;
    }
    placed.push({ x, row });
    x += w + GAP;
  }
  return { placed, rows: labels.length ? row + 1 : 0 };
}
