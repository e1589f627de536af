import { expect, test } from 'vitest';
import { placeFaultLabel } from '../../../../src/charts/fault-label-place';

// 6 px per character, as a monospace stand-in for the page's font.
const width = (t: string): number => 6 * t.length;
const chart = { left: 0, right: 400 };

test('a label that fits its bar is drawn inside it', () => {
  expect(placeFaultLabel({ x0: 100, x1: 300 }, chart, 'Identity down', width)).toEqual({
    x: 104,
    anchor: 'start',
    text: 'Identity down',
  });
});

test('a short bar puts the label after it, or before it near the right edge', () => {
  expect(placeFaultLabel({ x0: 100, x1: 110 }, chart, 'Identity down', width)).toEqual({
    x: 114,
    anchor: 'start',
    text: 'Identity down',
  });
  expect(placeFaultLabel({ x0: 380, x1: 390 }, chart, 'Balance 3× slower', width)).toEqual({
    x: 376,
    anchor: 'end',
    text: 'Balance 3× slower',
  });
});

test('no room on either side: the roomier side, shortened with an ellipsis to fit', () => {
  const placed = placeFaultLabel(
    { x0: 40, x1: 50 },
    { left: 0, right: 100 },
    'x'.repeat(30),
    width,
  );
  expect(placed.anchor).toBe('start');
  expect(placed.x).toBe(54);
  expect(placed.text.endsWith('…')).toBe(true);
  expect(width(placed.text)).toBeLessThanOrEqual(100 - 54);
  expect(width(placed.text)).toBeGreaterThan(100 - 54 - 6);
});
