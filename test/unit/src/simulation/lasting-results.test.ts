// Results kept across a reload: valid ones stay valid against the project read back from its
// autosave text, stale ones stay stale.
import { expect, test } from 'vitest';
import { findExample } from '../../../../models/examples';
import { loadProject } from '../../../../models/load';
import { serializeProject } from '../../../../models/serialize';
import type { Project } from '../../../../models/types';
import type { SimulationResult } from '../../../../simulator/result';
import { runFingerprint } from '../../../../src/simulation/fingerprint';
import { lastingResults } from '../../../../src/simulation/lasting-results';
import { isStale, runKey, type RunRecord } from '../../../../src/simulation/runs-store';

const portal = (): Project => structuredClone(findExample('client-portal')!.project);
const reload = (p: Project): Project => {
  const r = loadProject(serializeProject(p));
  if (!r.ok) throw new Error('the saved project does not load');
  return r.project;
};
const record = (project: Project, variant: string, scenario: string): RunRecord => ({
  variant,
  scenario,
  seed: 1,
  replications: 1,
  result: { seed: 1 } as SimulationResult,
  replicated: null,
  fingerprint: runFingerprint(project, variant, scenario),
  wallMs: 10,
});

test('a valid run is valid again after a reload; the record is otherwise kept as it was', () => {
  const p = portal();
  const run = record(p, 'as-is', 'normal-day');
  const kept = lastingResults({ [runKey('as-is', 'normal-day')]: run }, p);
  const back = kept[runKey('as-is', 'normal-day')]!;
  expect(isStale(back, reload(p))).toBe(false);
  expect({ ...back, fingerprint: run.fingerprint }).toEqual(run);
});

test('a run made stale by an edit stays stale after a reload, even once the edit is undone', () => {
  const p = portal();
  const run = record(p, 'as-is', 'normal-day');
  const edited: Project = {
    ...p,
    scenarios: p.scenarios.map((s) => (s.id === 'normal-day' ? { ...s, seed: 99 } : s)),
  };
  const kept = lastingResults({ k: run }, edited);
  expect(isStale(kept.k!, reload(edited))).toBe(true);
  expect(isStale(kept.k!, reload(p))).toBe(true);
});

test('an edit after the results were kept makes them stale on reload', () => {
  const p = portal();
  const kept = lastingResults({ k: record(p, 'to-be', 'quarterly-peak') }, p);
  const edited: Project = {
    ...p,
    variants: p.variants.map((v) =>
      v.id === 'to-be'
        ? { ...v, nodes: v.nodes.map((n) => (n.id === 'portal' ? { ...n, name: 'Portal' } : n)) }
        : v,
    ),
  };
  expect(isStale(kept.k!, reload(edited))).toBe(true);
  expect(isStale(kept.k!, reload(p))).toBe(false);
});
