/** A span or document the importer cannot use: `where` is a JSON path such as `data[2].spans[7]`. */
export class ImportIssue extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
  }
}
