import { problem, type PathSegment, type Problem } from '../problem';

/** Collects what the referential checks find, errors and warnings apart. */
export class Findings {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(path: readonly PathSegment[], message: string): void {
    this.errors.push(problem(path, message));
  }

  warn(path: readonly PathSegment[], message: string): void {
    this.warnings.push(problem(path, message));
  }
}
