import { expect, test } from 'vitest';
import type { Scenario } from '../../../../models/types';
import { uniqueId } from '../../../../models/elements/unique-id';
import { newScenario } from '../../../../models/scenarios/new-scenario';

const peak: Scenario = {
  id: 'peak',
  name: 'Peak',
  durationS: 100,
  warmupS: 10,
  seed: 3,
  replications: 2,
  load: [{ client: 'web', shape: { type: 'constant', rps: 5 } }],
  faults: [],
};

test('a duplicate gets a fresh id and keeps everything else, without sharing arrays', () => {
  const copy = newScenario([peak], peak, []);
  expect(copy.id).toBe('peak-copy');
  expect(copy.name).toBe('Peak (copy)');
  expect(copy.load).toEqual(peak.load);
  expect(copy.load).not.toBe(peak.load);
  expect(newScenario([peak, copy], peak, []).id).toBe('peak-copy-2');
});

test('a new scenario loads every client and has a valid id', () => {
  const s = newScenario([], null, [{ id: 'web' }, { id: 'app' }]);
  expect(s.load.map((l) => l.client)).toEqual(['web', 'app']);
  expect(s.warmupS).toBeLessThan(s.durationS);
  expect(uniqueId('Quarter peak!', new Set())).toBe('Quarter-peak');
});
