import type { PathSegment } from './problem';

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;

/**
 * The path of the first array or object nested deeper than `maxDepth` containers, or null.
 * Walks with a stack of its own, so that a document nested a million levels deep is measured
 * instead of overflowing the call stack; every later stage (the schema, migrations, serialising,
 * structured cloning) can then rely on a bounded depth.
 */
export function tooDeepAt(root: unknown, maxDepth: number): PathSegment[] | null {
  if (!isContainer(root)) return null;
  const stack: { value: object; path: PathSegment[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (path.length >= maxDepth) return path;
    // Children pushed last-first, so the first deep value in document order is the one named.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (isContainer(child)) stack.push({ value: child, path: [...path, i] });
      }
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = (value as Record<string, unknown>)[key];
        if (isContainer(child)) stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}
