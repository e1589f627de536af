import { isReservedId, LIMITS } from '../limits';

/** Turns a name into an id fragment that matches [A-Za-z0-9_-]+. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'item';
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet; never longer than an id may be. */
export function uniqueId(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  // A reserved name (`constructor`...) counts as taken: the schema refuses it as an id.
  const has = (id: string): boolean =>
    isReservedId(id) ||
    (Array.isArray(taken) ? taken.includes(id) : (taken as ReadonlySet<string>).has(id));
  const root =
    slug(base)
      .slice(0, LIMITS.idChars - 12)
      .replace(/-+$/, '') || 'item';
  if (!has(root)) return root;
  for (let i = 2; ; i++) {
    const id = `${root}-${i}`;
    if (!has(id)) return id;
  }
}
