// A link that carries the whole project, compressed into the URL hash.
import { compressToEncodedURIComponent } from 'lz-string';
import { LIMITS } from '../../models/limits';
import { loadProject, type LoadResult } from '../../models/load';
import type { Project } from '../../models/types';
import { serializeProject } from '../../models/serialize';
import { decompressLink } from './lz-decompress';

const PREFIX = '#project=';

/** Longest link hash read at all: a project at the size limit compresses to far less. */
const MAX_LINK_CHARS = 20_000_000;

export function shareLink(project: Project, base: string = window.location.href): string {
  const url = new URL(base);
  url.hash = `${PREFIX.slice(1)}${compressToEncodedURIComponent(serializeProject(project))}`;
  return url.toString();
}

const broken = (message: string): LoadResult => ({
  ok: false,
  errors: [{ path: '(link)', message }],
  warnings: [],
});

/**
 * The project in a hash, or null when the hash carries none. Never throws: a damaged, huge or
 * crafted link is a LoadResult with the reason (decompression stops at the size limit, so a
 * link that would grow to gigabytes costs no more than reading the limit).
 */
export function readShareHash(hash: string): LoadResult | null {
  if (!hash.startsWith(PREFIX)) return null;
  const link = hash.slice(PREFIX.length);
  if (link.length > MAX_LINK_CHARS)
    return broken(`the link is ${link.length} characters long, more than a project can need`);
  try {
    const text = decompressLink(link, LIMITS.textChars);
    if (!text.ok)
      return broken(
        text.reason === 'too-long'
          ? `the link unpacks to more than ${LIMITS.textChars} characters, more than a project may hold`
          : 'the link is damaged or incomplete',
      );
    return loadProject(text.text);
  } catch (e) {
    return broken(`the link could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
