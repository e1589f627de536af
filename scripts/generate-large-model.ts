// A generated model for the editor benchmark: 300 nodes and 450 edges in 15 columns of 20.
import type { Project, ProjectInput } from '../models/types';
import { projectSchema, CURRENT_VERSION } from '../models/schema/project';

const COLUMNS = 15;
const ROWS = 20;

/** Column 0 holds clients, column 7 queues, column 11 topics, the rest services; edges follow the columns. */
export function generateLargeModel(): Project {
  const kindOf = (c: number) =>
    c === 0 ? 'client' : c === 7 ? 'queue' : c === 11 ? 'topic' : 'service';
  const id = (c: number, r: number) => `n${c}-${r}`;
  const nodes: NonNullable<ProjectInput['variants'][number]['nodes']> = [];
  for (let c = 0; c < COLUMNS; c++)
    for (let r = 0; r < ROWS; r++)
      nodes.push({
        id: id(c, r),
        name: `${kindOf(c)} ${c}.${r}`,
        kind: kindOf(c),
        position: { x: c * 280, y: r * 100 },
      } as never);
  const edges: NonNullable<ProjectInput['variants'][number]['edges']> = [];
  const kindBetween = (c: number) =>
    kindOf(c + 1) === 'queue' || kindOf(c + 1) === 'topic'
      ? 'publish'
      : kindOf(c) === 'queue' || kindOf(c) === 'topic'
        ? 'consume'
        : 'call';
  // 280 edges straight across, then 170 diagonal ones.
  for (let c = 0; c < COLUMNS - 1; c++)
    for (let r = 0; r < ROWS; r++)
      edges.push({
        id: `e${c}-${r}`,
        from: id(c, r),
        to: id(c + 1, r),
        kind: kindBetween(c),
      } as never);
  for (let i = 0; edges.length < 450; i++) {
    const c = i % (COLUMNS - 1);
    const r = Math.floor(i / (COLUMNS - 1)) % (ROWS - 1);
    edges.push({
      id: `d${c}-${r}`,
      from: id(c, r),
      to: id(c + 1, r + 1),
      kind: kindBetween(c),
    } as never);
  }
  return projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'Benchmark: 300 nodes',
    variants: [{ id: 'as-is', name: 'As-is', nodes, edges }],
  });
}
