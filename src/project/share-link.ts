// A link that carries the whole project, compressed into the URL hash: `#project-z=` and raw
// DEFLATE in base64url since December 2026; `#project=` and lz-string before, still opened.
import { LIMITS } from '../../models/limits';
import { loadProject, type LoadResult } from '../../models/load';
import type { Project } from '../../models/types';
import { serializeProject } from '../../models/serialize';
import { deflateLink, inflateLink } from './deflate-link';
import { decompressLink, type LzResult } from './lz-decompress';

const PREFIX = '#project-z=';
const LZ_PREFIX = '#project=';

/** Longest link hash read at all: a project at the size limit compresses to far less. */
const MAX_LINK_CHARS = 20_000_000;

/**
 * Past this many characters a link may not survive being passed on: RFC 9110 asks senders and
 * recipients to support URIs of at least 8,000 octets, and chat and mail tools cut some longer ones.
 */
export const LINK_PASSES_ON_CHARS = 8_000;
/** The longest URL Chromium opens (url::kMaxURLChars, 2 MiB); a longer link does not open there. */
export const LINK_OPENS_CHARS = 2 * 1024 * 1024;

/** Whether a location hash carries a shared project (in either encoding). */
export const isShareHash = (hash: string): boolean =>
  hash.startsWith(PREFIX) || hash.startsWith(LZ_PREFIX);

export async function shareLink(
  project: Project,
  base: string = window.location.href,
): Promise<string> {
  const url = new URL(base);
  url.hash = `${PREFIX.slice(1)}${await deflateLink(serializeProject(project))}`;
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
export async function readShareHash(hash: string): Promise<LoadResult | null> {
  if (!isShareHash(hash)) return null;
  const deflated = hash.startsWith(PREFIX);
  const link = hash.slice((deflated ? PREFIX : LZ_PREFIX).length);
  if (link.length > MAX_LINK_CHARS)
    return broken(`the link is ${link.length} characters long, more than a project can need`);
  try {
    const text: LzResult = deflated
      ? await inflateLink(link, LIMITS.textChars)
      : decompressLink(link, LIMITS.textChars);
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
