// A project file (opened or dropped) read through the same bounded path as a share link: a file
// too large to be a project is refused before a byte of it is read, and reading never throws.
import { LIMITS } from '../../models/limits';
import { loadProject, type LoadResult } from '../../models/load';

/**
 * A file's bytes are at least its characters (UTF-8), so a file of at most LIMITS.textChars bytes
 * always fits; a larger one is refused by its size, without reading it into memory.
 */
export const MAX_FILE_BYTES = LIMITS.textChars;

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

const refused = (message: string): LoadResult => ({
  ok: false,
  errors: [{ path: '(file)', message }],
  warnings: [],
});

export async function readProjectFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_FILE_BYTES)
    return refused(
      `the file is ${megabytes(file.size)}; Spillway opens project files of up to ${MAX_FILE_BYTES / 1_000_000} MB (docs/file-format.md, Limits)`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return refused(`the file could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  return loadProject(text);
}
