// The engine's record pools grow all their columns together: after growing past the first
// capacity, every column of a pool holds the same number of records, and none lost a value.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { compile } from '../../../simulator/compile';
import {
  ATTEMPT_COLUMNS,
  Engine,
  JOB_COLUMNS,
  MESSAGE_COLUMNS,
  ROOT_COLUMNS,
} from '../../../simulator/engine';
import { growColumns } from '../../../simulator/pool';

function engine(): Engine {
  const loaded = loadProject(readFileSync('models/examples/client-portal.json', 'utf8'));
  if (!loaded.ok) throw new Error('client-portal.json does not load');
  const p = loaded.project;
  return new Engine(compile(p.variants[0], p.scenarios[0]), {
    seed: 1,
    maxEvents: 1e9,
    maxWallMs: 1e9,
    maxLive: 1e9,
    progressEveryMs: 100,
    bucketS: 1,
    latencyTargetMs: 100,
  });
}

const POOLS = [
  { prefix: 'r', alloc: 'allocRoot', cap: 'rCap', columns: ROOT_COLUMNS },
  { prefix: 'j', alloc: 'allocJob', cap: 'jCap', columns: JOB_COLUMNS },
  { prefix: 'a', alloc: 'allocAttempt', cap: 'aCap', columns: ATTEMPT_COLUMNS },
  { prefix: 'm', alloc: 'allocMessage', cap: 'mCap', columns: MESSAGE_COLUMNS },
] as const;

test.each(POOLS)('pool $prefix: every column grows, and keeps its values', (pool) => {
  const e = engine() as unknown as Record<string, unknown>;
  const alloc = (e[pool.alloc] as () => number).bind(e);
  const first = e[pool.cap] as number;
  const column = (name: string) => e[name] as Int32Array | Float64Array | Uint8Array;
  // Every typed-array field named for this pool (prefix, then a capital) is a listed column.
  const named = Object.keys(e).filter(
    (k) => new RegExp(`^${pool.prefix}[A-Z]`).test(k) && ArrayBuffer.isView(e[k]),
  );
  expect([...named].sort()).toEqual([...pool.columns].sort());
  for (let i = 0; i < first; i++) {
    const id = alloc();
    for (const c of pool.columns) column(c)[id] = (id % 200) + 1;
  }
  const ids = Array.from({ length: first * 2 + 5 }, alloc);
  expect(ids[ids.length - 1]).toBe(first * 3 + 4);
  const cap = e[pool.cap] as number;
  expect(cap).toBe(first * 4);
  for (const c of pool.columns) {
    expect(column(c).length, c).toBe(cap);
    expect(column(c)[first - 1], c).toBe(((first - 1) % 200) + 1);
    expect(column(c)[first], c).toBe(0);
  }
});

test('growColumns refuses a name that is not a column', () => {
  expect(() => growColumns({ a: new Int32Array(2), b: 3 }, ['a', 'b'], 4)).toThrow(
    /b is not a pool column/,
  );
});
