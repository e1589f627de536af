import { isReservedId } from '../limits';

/**
 * Turns a name from a trace (service names may hold dots, slashes, spaces) into a model id
 * matching [A-Za-z0-9_-]+, unique within `taken` (a numeric suffix resolves clashes).
 */
export function nodeIdFor(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'node';
  let id = base;
  // A reserved name (`constructor`, `__proto__`...) is skipped like a taken one.
  for (let n = 2; taken.has(id) || isReservedId(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
