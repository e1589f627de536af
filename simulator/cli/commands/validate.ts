import { readFileSync } from 'node:fs';
import { projectSchema } from '../../../models/schema/project';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

// Placeholder wiring; the full validator lives in models/ (see issue 2).
export async function run(args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError('usage: spillway validate FILE');
  const parsed = projectSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return EXIT_OK;
  for (const issue of parsed.error.issues) io.err(`${issue.path.join('.')}: ${issue.message}`);
  return EXIT_BAD_INPUT;
}
