/**
 * The values of `promises` in their order, or the first error in that order (not the first in
 * time, so that a batch run in parallel fails as its serial run would). Waits only for the
 * promises before the failing one; every rejection is handled, none goes unobserved.
 */
export async function allInOrder<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  for (const p of promises) p.catch(() => undefined);
  const values: T[] = [];
  for (const p of promises) values.push(await p);
  return values;
}
