/**
 * One step of the file format's history: turns a document of version `from` into one of
 * version `from + 1`. Migrations see plain JSON values that have not been validated yet, so they
 * reshape what they recognise and leave everything else for the validator to report.
 */
export interface Migration {
  from: number;
  /** One line for the warning shown when a file is upgraded. */
  summary: string;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}
