import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';
import { CannotRead, STDIN, readInput } from '../read-input';

/**
 * `spillway validate FILE [FILE ...]`: silent with exit 0 when every project is valid; otherwise
 * one line per problem (`path: message`) on stderr and exit 2. Warnings go to stderr as
 * `warning: path: message` and do not change the exit code. Nothing is written to stdout.
 *
 * With several files (a pre-commit hook, a CI job: one process instead of one per file) every
 * line starts with its file's name (`FILE: path: message`, `FILE: warning: …`), a file that
 * cannot be read is one such line, and every file is checked whatever the ones before it held.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length === 0 || args.some((a) => a.startsWith('-') && a !== STDIN))
    throw new UsageError('usage: spillway validate FILE [FILE ...]');
  if (args.length === 1) return validateOne(args[0] as string, io, '');
  let code = EXIT_OK;
  for (const file of args) {
    try {
      if (validateOne(file, io, `${file}: `) !== EXIT_OK) code = EXIT_BAD_INPUT;
    } catch (e) {
      if (!(e instanceof CannotRead)) throw e;
      io.err(`${file}: cannot read: ${e.why}`);
      code = EXIT_BAD_INPUT;
    }
  }
  return code;
}

/** One file's problems, each line after `prefix`; a file it cannot read throws CannotRead. */
function validateOne(file: string, io: CliIo, prefix: string): number {
  const result = loadProject(readInput(file));
  for (const warning of result.warnings) io.err(`${prefix}warning: ${formatProblem(warning)}`);
  if (result.ok) return EXIT_OK;
  for (const error of result.errors) io.err(`${prefix}${formatProblem(error)}`);
  return EXIT_BAD_INPUT;
}
