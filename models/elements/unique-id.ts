// The one id helper: every new id (node, edge, scenario, variant, roadmap step, pasted copy) is
// made here, so that all follow the schema's id rule the same way.
import { isReservedId, LIMITS } from '../limits';

/** `text` as an id: runs of characters outside [A-Za-z0-9_-] become one `-`; case is kept. */
export function idFrom(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * `base` as an id, or `base-2`, `base-3`, … whichever is not taken yet. Room is left for the
 * suffix, so the result is never longer than an id may be; a reserved name (`constructor`, …)
 * counts as taken, since the schema refuses it.
 */
export function uniqueId(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  const has = (id: string): boolean =>
    isReservedId(id) ||
    (Array.isArray(taken) ? taken.includes(id) : (taken as ReadonlySet<string>).has(id));
  const root =
    idFrom(base)
      .slice(0, LIMITS.idChars - 12)
      .replace(/-+$/, '') || 'item';
  if (!has(root)) return root;
  for (let i = 2; ; i++) {
    const id = `${root}-${i}`;
    if (!has(id)) return id;
  }
}
