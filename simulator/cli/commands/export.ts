import { exportAsyncApi } from '../../../models/interop/asyncapi-export';
import { exportMermaid } from '../../../models/interop/mermaid-export';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { loadProjectFile as readProject, pickVariant } from '../load-file';

const USAGE = 'usage: spillway export --format asyncapi|mermaid FILE [--variant ID] [--json]';

/**
 * Prints a variant as an AsyncAPI 3.0 document (YAML, or JSON with --json; default variant
 * `to-be`) or as a Mermaid flowchart (default variant `as-is`).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  let format: string | undefined;
  let variantId: string | undefined;
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format') format = args[++i];
    else if (a === '--variant') variantId = args[++i];
    else if (a === '--json') json = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (file) throw new UsageError(`one project file only\n${USAGE}`);
    else file = a;
  }
  if (format !== 'asyncapi' && format !== 'mermaid')
    throw new UsageError(`--format must be asyncapi or mermaid\n${USAGE}`);
  if (!file) throw new UsageError(USAGE);
  const project = readProject(file);
  if (format === 'mermaid') {
    io.out(exportMermaid(pickVariant(project, variantId, 'as-is')));
    return EXIT_OK;
  }
  const variant = pickVariant(project, variantId, 'to-be');
  io.out(
    exportAsyncApi(variant, {
      title: `${project.name} — ${variant.name}`,
      format: json ? 'json' : 'yaml',
    }),
  );
  return EXIT_OK;
}
