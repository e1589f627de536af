// The price table is an optional project field of format version 4: absent, the documented
// defaults price the design; a bad price is refused at its path.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { projectPrices } from '../../../../models/cost/project-prices';
import { loadProject } from '../../../../models/load';
import { formatProblem } from '../../../../models/problem';
import { DEFAULT_PRICES } from '../../../../models/schema/prices';
import { serializeProject } from '../../../../models/serialize';

const example = JSON.parse(readFileSync('models/examples/client-portal.json', 'utf8')) as Record<
  string,
  unknown
>;

test('a project without a table is priced with the documented defaults', () => {
  const r = loadProject(example);
  if (!r.ok) throw new Error('the example must load');
  expect(r.project.prices).toBe(undefined);
  expect(projectPrices(r.project)).toEqual({
    replicaHour: { service: 0.05, database: 0.2, external: 0, cache: 0.1 },
    millionRequests: 0.4,
    gbMonth: 0.1,
    messageBytes: 1024,
    nodes: {},
  });
  expect(projectPrices(r.project)).toBe(DEFAULT_PRICES);
});

test('a partial table takes the defaults for what it leaves out and survives a save', () => {
  const r = loadProject({
    ...example,
    prices: { replicaHour: { database: 1.25 }, nodes: { db: { replicaHour: 2 } } },
  });
  if (!r.ok) throw new Error(r.errors.map(formatProblem).join('\n'));
  expect(r.project.prices!.replicaHour).toEqual({
    service: 0.05,
    database: 1.25,
    external: 0,
    cache: 0.1,
  });
  expect(r.project.prices!.millionRequests).toBe(0.4);
  const again = loadProject(serializeProject(r.project));
  if (!again.ok) throw new Error('a saved project must load');
  expect(again.project.prices).toEqual(r.project.prices);
});

test('a negative or malformed price is refused at its path', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ millionRequests: -0.4 }, 'prices.millionRequests: must be a number >= 0, got -0.4'],
    [{ gbMonth: -1 }, 'prices.gbMonth: must be a number >= 0, got -1'],
    [{ replicaHour: { service: -0.05 } }, 'prices.replicaHour.service: must be a number >= 0'],
    [{ nodes: { db: { replicaHour: -2 } } }, 'prices.nodes.db.replicaHour: must be a number >= 0'],
    [{ messageBytes: 0 }, 'prices.messageBytes: must be a number > 0, got 0'],
    [{ replicaHour: { queue: 1 } }, 'prices.replicaHour'],
    [{ nodes: { 'not an id': {} } }, 'prices.nodes'],
  ];
  for (const [prices, message] of cases) {
    const r = loadProject({ ...example, prices });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.errors.map(formatProblem);
      expect(text).toHaveLength(1);
      expect(text[0]).toContain(message);
    }
  }
});
