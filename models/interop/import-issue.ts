/** A span or document the importer cannot use: `where` is a JSON path such as `data[2].spans[7]`. */
export class ImportIssue extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
  }
}

/**
 * A limit of the trace import reached (docs/interop.md, "Limits"): it ends the whole import,
 * where an ordinary ImportIssue inside one span only skips that span.
 */
export class ImportLimitReached extends ImportIssue {}

/** True for an issue that skips one span or element; false for anything that ends the import. */
export function skipsOnlyItsElement(e: unknown): e is ImportIssue {
  return e instanceof ImportIssue && !(e instanceof ImportLimitReached);
}
