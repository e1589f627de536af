import type { Project } from '../../models/types';
import { EXAMPLES } from '../../models/examples';

/** What a first visit opens: the Client portal example. */
export function initialProject(): Project {
  const example = EXAMPLES.find((e) => e.id === 'client-portal') ?? EXAMPLES[0]!;
  return structuredClone(example.project);
}
