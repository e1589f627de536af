// Every change the advisor may try on a variant: each transformation of the catalogue on each
// node or edge it applies to, but those whose benefit rests on a guessed figure (`notAdvised`).
import { allNodeIds } from '../../models/elements/all-node-ids';
import { TRANSFORMATIONS } from '../../models/transformations/catalogue';
import {
  TransformationError,
  type TransformationResult,
} from '../../models/transformations/transformation';
import type { Project, Variant } from '../../models/types';

export interface Candidate {
  /** The catalogue's name (`decoupleThroughQueue`). */
  transformation: string;
  /** The node or edge it is applied to. */
  target: string;
  /** The roadmap step's title, in names ("Decouple Balance verification → Statement generation through a queue"). */
  title: string;
  result: TransformationResult;
}

/** In a fixed order (catalogue, then the variant's nodes or edges), so that rankings are deterministic. */
export function candidatesFor(project: Project, variant: Variant): Candidate[] {
  const taken = allNodeIds(project);
  const out: Candidate[] = [];
  for (const spec of TRANSFORMATIONS) {
    if (spec.notAdvised) continue;
    const targets = spec.on === 'node' ? variant.nodes : variant.edges;
    for (const { id } of targets) {
      try {
        const result = spec.build(variant, id, taken);
        out.push({ transformation: spec.name, target: id, title: result.step.title, result });
      } catch (e) {
        if (!(e instanceof TransformationError)) throw e;
      }
    }
  }
  return out;
}
