/** Growing typed arrays for the engine's record pools (doubling keeps growth amortised O(1)). */
export function growI32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

export function growF64(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

export function growU8(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

/** A column of a record pool: one field of every record, indexed by the record's id. */
export type PoolColumn = Int32Array | Float64Array | Uint8Array;

/** A copy of column `a` (of the same type) with room for n records. */
export function growColumn<T extends PoolColumn>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * Grows the named columns of `owner` to n records each: one pool's columns grow together. The
 * names are checked at run time (a missing one throws), and a test checks that every column of
 * each pool is listed.
 */
export function growColumns(owner: object, columns: readonly string[], n: number): void {
  const fields = owner as Record<string, PoolColumn>;
  for (const c of columns) {
    const a = fields[c];
    if (!ArrayBuffer.isView(a)) throw new Error(`growColumns: ${c} is not a pool column`);
    fields[c] = growColumn(a, n);
  }
}
