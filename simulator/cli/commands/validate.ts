import { readFile } from 'node:fs/promises';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/**
 * `spillway validate FILE`: silent with exit 0 when the project is valid; otherwise one line
 * per problem (`path: message`) on stderr and exit 2. Warnings go to stderr as
 * `warning: path: message` and do not change the exit code. Nothing is written to stdout.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0]?.startsWith('-'))
    throw new UsageError('usage: spillway validate FILE');
  const file = args[0] as string;
  const text = await readText(file);
  const result = loadProject(text);
  for (const warning of result.warnings) io.err(`warning: ${formatProblem(warning)}`);
  if (result.ok) return EXIT_OK;
  for (const error of result.errors) io.err(formatProblem(error));
  return EXIT_BAD_INPUT;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new UsageError(`cannot read "${file}": ${why}`);
  }
}
