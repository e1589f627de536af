// A link that carries the whole project, compressed into the URL hash.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Project } from '../../models/types';
import { loadProject, type LoadResult } from '../../models/load';
import { serializeProject } from '../../models/serialize';

const PREFIX = '#project=';

export function shareLink(project: Project, base: string = window.location.href): string {
  const url = new URL(base);
  url.hash = `${PREFIX.slice(1)}${compressToEncodedURIComponent(serializeProject(project))}`;
  return url.toString();
}

/** The project in a hash, or null when the hash carries none. */
export function readShareHash(hash: string): LoadResult | null {
  if (!hash.startsWith(PREFIX)) return null;
  const text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
  if (!text)
    return {
      ok: false,
      errors: [{ path: '(link)', message: 'the link is damaged or incomplete' }],
      warnings: [],
    };
  return loadProject(text);
}
