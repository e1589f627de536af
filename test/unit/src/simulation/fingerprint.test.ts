import { describe, expect, test } from 'vitest';
import type { Project } from '../../../../models/types';
import { projectSchema, CURRENT_VERSION } from '../../../../models/schema/project';
import { runFingerprint } from '../../../../src/simulation/fingerprint';
import { priceTableSchema } from '../../../../models/schema/prices';

const project: Project = projectSchema.parse({
  format: 'spillway',
  version: CURRENT_VERSION,
  name: 'p',
  variants: [
    {
      id: 'a',
      name: 'A',
      nodes: [
        { id: 'web', name: 'Web', kind: 'client' },
        { id: 'svc', name: 'Svc', kind: 'service', concurrency: 4 },
      ],
      edges: [{ id: 'e', from: 'web', to: 'svc', kind: 'call' }],
    },
    { id: 'b', name: 'B', nodes: [{ id: 'web', name: 'Web', kind: 'client' }] },
  ],
  scenarios: [
    {
      id: 's',
      name: 'S',
      durationS: 10,
      load: [{ client: 'web', shape: { type: 'constant', rps: 5 } }],
    },
  ],
});

function edit(f: (p: Project) => void): Project {
  const copy = structuredClone(project);
  f(copy);
  return copy;
}

describe('run fingerprint (stale results)', () => {
  test('moving a node on the canvas keeps results fresh', () => {
    const moved = edit((p) => {
      p.variants[0]!.nodes[1]!.position = { x: 500, y: 20 };
    });
    expect(runFingerprint(moved, 'a', 's')).toBe(runFingerprint(project, 'a', 's'));
  });

  test('changing the variant or the scenario makes them stale', () => {
    const slower = edit((p) => {
      (p.variants[0]!.nodes[1] as { concurrency: number }).concurrency = 2;
    });
    expect(runFingerprint(slower, 'a', 's')).not.toBe(runFingerprint(project, 'a', 's'));
    const longer = edit((p) => {
      p.scenarios[0]!.durationS = 20;
    });
    expect(runFingerprint(longer, 'a', 's')).not.toBe(runFingerprint(project, 'a', 's'));
  });

  test('new prices make them stale (the run carries its cost)', () => {
    const priced = edit((p) => {
      p.prices = priceTableSchema.parse({ millionRequests: 2 });
    });
    expect(runFingerprint(priced, 'a', 's')).not.toBe(runFingerprint(project, 'a', 's'));
  });

  test("an edit of another variant does not touch this variant's results", () => {
    const other = edit((p) => {
      p.variants[1]!.name = 'Renamed';
    });
    expect(runFingerprint(other, 'a', 's')).toBe(runFingerprint(project, 'a', 's'));
    expect(runFingerprint(other, 'b', 's')).not.toBe(runFingerprint(project, 'b', 's'));
  });
});
