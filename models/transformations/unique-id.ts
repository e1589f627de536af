/** Turns a name into an id fragment that matches [A-Za-z0-9_-]+. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'item';
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  const has = (id: string): boolean =>
    Array.isArray(taken) ? taken.includes(id) : (taken as ReadonlySet<string>).has(id);
  const root = slug(base);
  if (!has(root)) return root;
  for (let i = 2; ; i++) {
    const id = `${root}-${i}`;
    if (!has(id)) return id;
  }
}
