/** One thing wrong (or worth a warning) in a project, located by its JSON path. */
export interface Problem {
  /** Like `variants[0].nodes[3].concurrency`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** A key longer than this (no field of the format is) is shortened in a path, so a message stays readable. */
const MAX_KEY = 100;

/** `['variants', 0, 'nodes', 3, 'concurrency']` → `variants[0].nodes[3].concurrency`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else
      path += `[${JSON.stringify(segment.length > MAX_KEY ? `${segment.slice(0, MAX_KEY)}…` : segment)}]`;
  }
  return path;
}

/** `<path>: <message>`, or the message alone when it concerns the whole file. */
export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

export function problem(segments: readonly PathSegment[], message: string): Problem {
  return { path: formatPath(segments), message };
}
