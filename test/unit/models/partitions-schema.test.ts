// Partitions and ordering of a queue or topic (format version 5): bad values are refused at
// their path, with why; the technology gives the ordering a field left out.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { brokerOrdering } from '../../../models/schema/broker-presets';
import type { BrokerNode } from '../../../models/types';

const example = JSON.parse(readFileSync('models/examples/client-portal.json', 'utf8')) as {
  variants: { nodes: Record<string, unknown>[] }[];
};

/** The example with `fields` on the first queue of a variant that has one. */
function load(fields: Record<string, unknown>) {
  const doc = structuredClone(example);
  const v = doc.variants.findIndex((x) => x.nodes.some((n) => n.kind === 'queue'));
  const nodes = doc.variants[v]!.nodes;
  const i = nodes.findIndex((n) => n.kind === 'queue');
  Object.assign(nodes[i]!, fields);
  const r = loadProject(doc);
  return { at: `variants[${v}].nodes[${i}]`, r, v, i };
}

test('valid partitions load; the ordering left out is the technology’s', () => {
  const kafka = load({ technology: 'kafka', partitions: 12, hotPartitionShare: 0.25 });
  if (!kafka.r.ok) throw new Error(kafka.r.errors.map(formatProblem).join('\n'));
  const node = kafka.r.project.variants[kafka.v]!.nodes[kafka.i] as BrokerNode;
  expect(node).toMatchObject({ partitions: 12, hotPartitionShare: 0.25 });
  expect(brokerOrdering(node)).toBe('per-partition');
  const rabbit = load({ technology: 'rabbitmq', partitions: 3 });
  if (!rabbit.r.ok) throw new Error('rabbitmq');
  expect(brokerOrdering(rabbit.r.project.variants[rabbit.v]!.nodes[rabbit.i] as BrokerNode)).toBe(
    'none',
  );
  // Its own ordering wins over the technology's.
  expect(brokerOrdering({ technology: 'kafka', ordering: 'none' })).toBe('none');
  // 1/3 written to nine places is the even share of 3 partitions.
  expect(load({ partitions: 3, hotPartitionShare: 0.333333333 }).r.ok).toBe(true);
});

test('bad values are refused at their path', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ partitions: 0 }, 'partitions: must be'],
    [{ partitions: 2.5 }, 'partitions: must be'],
    [{ partitions: 20_000 }, 'partitions: must be'],
    [
      { partitions: 4, hotPartitionShare: 0.2 },
      'hotPartitionShare: must be at least 1 / partitions',
    ],
    [{ partitions: 4, hotPartitionShare: 1.2 }, 'hotPartitionShare: must be'],
    [{ partitions: 4, hotPartitionShare: 0 }, 'hotPartitionShare: must be'],
    [{ hotPartitionShare: 0.5 }, 'hotPartitionShare: needs partitions'],
    [{ partitions: 4, ordering: 'strict' }, 'ordering'],
  ];
  for (const [fields, message] of cases) {
    const { at, r } = load(fields);
    const text = r.ok ? [] : r.errors.map(formatProblem);
    expect(text, JSON.stringify(fields)).toHaveLength(1);
    expect(text[0], JSON.stringify(fields)).toContain(`${at}.${message}`);
  }
});
