import { importAsyncApi } from '../../../models/interop/asyncapi-import';
import { ImportIssue } from '../../../models/interop/import-issue';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { loadProjectFile as readProject, pickVariant } from '../load-file';
import { readInput } from '../read-input';
import { serializeProject } from '../../../models/serialize';

const USAGE = 'usage: spillway import-asyncapi ASYNCAPI.yaml|json FILE [--variant ID]';

/** Merges an AsyncAPI 3.0 document's channels and operations into a variant; the project on stdout. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let variantId: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--variant') variantId = args[++i];
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  const [docFile, projectFile] = files;
  if (!docFile || !projectFile || files.length > 2) throw new UsageError(USAGE);
  const text = readInput(docFile);
  const project = readProject(projectFile);
  const target = pickVariant(project, variantId, 'to-be');
  try {
    const { variant, summary } = importAsyncApi(text, target);
    const variants = project.variants.map((v) => (v.id === target.id ? variant : v));
    io.out(serializeProject({ ...project, variants }));
    io.err(
      [`Merged ${docFile} into variant ${target.id}:`, ...summary.map((s) => `  ${s}`)].join('\n'),
    );
    return EXIT_OK;
  } catch (e) {
    if (e instanceof ImportIssue) throw new UsageError(`${docFile}: ${e.message}`);
    throw e;
  }
}
