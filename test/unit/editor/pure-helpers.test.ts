// Small pure pieces of the editor: shortcut matching, the distribution preview's shape, edge labels.
import { expect, test } from 'vitest';
import { matchesShortcut } from '../../../src/commands/shortcut';
import { distributionShape } from '../../../src/inspector/distribution-shape';
import { edgeLabel, shortMs } from '../../../src/canvas/ModelEdgeView';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
  code = '',
) =>
  ({
    key: k,
    code,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  }) as KeyboardEvent;

test('shortcuts match exactly their modifiers (Mod is Ctrl off a Mac)', () => {
  expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
  expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
  expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Shift+Mod+Z')).toBe(true);
  expect(matchesShortcut(key('Delete'), 'Delete')).toBe(true);
  expect(matchesShortcut(key('Delete', { ctrlKey: true }), 'Delete')).toBe(false);
  expect(matchesShortcut(key('!', { shiftKey: true }, 'Digit1'), 'Shift+1')).toBe(true);
  expect(matchesShortcut(key('L', { shiftKey: true }), 'Shift+L')).toBe(true);
  expect(matchesShortcut(key('l'), 'Shift+L')).toBe(false);
});

test('the preview of a log-normal peaks at its mode, below the median; an exponential decays from 0', () => {
  const p50 = 10;
  const p99 = 50;
  const shape = distributionShape({ type: 'lognormal', p50, p99 });
  const peak = shape.points.reduce((a, b) => (b[1] > a[1] ? b : a));
  const sigma = Math.log(p99 / p50) / 2.3263478740408408;
  const mode = Math.exp(Math.log(p50) - sigma * sigma);
  expect(Math.abs(peak[0] * shape.maxMs - mode)).toBeLessThan(shape.maxMs / 48 + 1e-9);
  expect(peak[0] * shape.maxMs).toBeLessThan(p50);
  const exp = distributionShape({ type: 'exponential', mean: 20 });
  expect(exp.points[0]).toEqual([0, 1]);
  expect(exp.points.every((p, i) => i === 0 || p[1] < exp.points[i - 1]![1])).toBe(true);
  expect(distributionShape({ type: 'constant', value: 5 }).spikeAt).toBe(0.5);
});

test('edge labels show only what is set, durations shortened', () => {
  expect(shortMs(800)).toBe('800 ms');
  expect(shortMs(1500)).toBe('1.5 s');
  const call = {
    id: 'a-b',
    from: 'a',
    to: 'b',
    kind: 'call',
    probability: 1,
    count: 1,
    latencyMs: null,
    timeoutMs: null,
    retries: null,
    circuitBreaker: null,
    optional: false,
  } as const;
  expect(edgeLabel(call)).toEqual([]);
  expect(
    edgeLabel({
      ...call,
      probability: 0.3,
      timeoutMs: 2000,
      retries: { max: 2, backoffMs: 100, multiplier: 2 },
    }),
  ).toEqual([{ text: 'p 0.3' }, { icon: 'timeout', text: '2 s' }, { icon: 'retries', text: '2' }]);
  expect(
    edgeLabel({ id: 'q-s', from: 'q', to: 's', kind: 'consume', concurrency: 4, idempotent: true }),
  ).toEqual([{ text: 'idempotent' }]);
});
