// Reading a command's input file, the one way every command does: `-` is standard input (so
// `spillway import-trace traces.json | spillway validate -` works), and a file that cannot be read
// is bad input (exit 2) whose message says which file and why in plain words.
import { readFileSync } from 'node:fs';
import { UsageError } from './io';

/** A file that cannot be read: bad input, the contract's exit 2. */
export class CannotRead extends UsageError {
  constructor(
    readonly file: string,
    /** Why, in plain words ("no such file"). */
    readonly why: string,
  ) {
    super(`cannot read ${file === STDIN ? 'standard input' : `"${file}"`}: ${why}`);
  }
}

/** The file name that stands for standard input. */
export const STDIN = '-';

/** The whole text of `file` (UTF-8), or of standard input for `-`; CannotRead if unreadable. */
export function readInput(file: string): string {
  try {
    return readFileSync(file === STDIN ? 0 : file, 'utf8');
  } catch (e) {
    throw new CannotRead(file, plainReason(e));
  }
}

function plainReason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
