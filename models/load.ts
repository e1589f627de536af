import { tooDeepAt } from './json-depth';
import { parseJsonText } from './json-text';
import { LIMITS } from './limits';
import { OLDEST_VERSION, upgrade } from './migrations';
import { formatPath, type Problem } from './problem';
import { isRecord } from './schema-at';
import { issuesToProblems } from './schema-issues';
import { CURRENT_VERSION, FORMAT, projectSchema } from './schema/project';
import { describeValue } from './schema-issues';
import type { Project } from './types';
import { checkProject } from './validate';
import { otherFileKind } from './other-file-kind';

export type LoadResult =
  | { ok: true; project: Project; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** More problems than anyone reads: the rest are counted, so a broken 20 000-node file stays quick to report. */
export const MAX_PROBLEMS = 200;

const capped = (problems: Problem[]): Problem[] =>
  problems.length <= MAX_PROBLEMS
    ? problems
    : [
        ...problems.slice(0, MAX_PROBLEMS),
        { path: '', message: `… and ${problems.length - MAX_PROBLEMS} more problems` },
      ];

const fail = (errors: Problem[], warnings: Problem[] = []): LoadResult => ({
  ok: false,
  errors: capped(errors),
  warnings: capped(warnings),
});

/**
 * Reads a project from JSON text or from an already parsed value: upgrades older versions,
 * applies defaults, and checks shape and references. Never throws on bad input.
 */
export function loadProject(input: string | unknown): LoadResult {
  let doc: unknown = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.textChars)
      return fail([
        {
          path: '',
          message: `the text is ${input.length} characters long; Spillway reads projects of up to ${LIMITS.textChars} characters`,
        },
      ]);
    const parsed = parseJsonText(input);
    if (!parsed.ok)
      return fail([
        {
          path: '',
          message: `malformed JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`,
        },
      ]);
    doc = parsed.value;
  }
  const deep = tooDeepAt(doc, LIMITS.depth);
  if (deep)
    return fail([
      {
        path: formatPath(deep),
        message: `nested deeper than ${LIMITS.depth} levels of lists and objects (a project needs about 8): Spillway's limit`,
      },
    ]);
  const other = otherFileKind(doc);
  if (other) return fail([other]);
  if (!isRecord(doc)) {
    return fail([
      {
        path: '',
        message: `a Spillway project must be a JSON object ({...}), got ${describeValue(doc)}`,
      },
    ]);
  }
  if (doc.format !== undefined && doc.format !== FORMAT) {
    return fail([
      {
        path: 'format',
        message: `must be "${FORMAT}", got ${describeValue(doc.format)}: this is not a Spillway project`,
      },
    ]);
  }
  const versionProblem = checkVersion(doc.version);
  if (versionProblem) return fail([versionProblem, ...problemsAsCurrent(doc)]);

  const warnings: Problem[] = [];
  const version = doc.version as number;
  if (version < CURRENT_VERSION) {
    const upgraded = upgrade(doc, version);
    doc = upgraded.document;
    warnings.push({
      path: 'version',
      message: `upgraded from version ${version} to ${CURRENT_VERSION} (${upgraded.applied.map((m) => m.summary).join('; ')}); saving writes version ${CURRENT_VERSION}`,
    });
  }

  const parsed = projectSchema.safeParse(doc);
  if (!parsed.success)
    return fail(issuesToProblems(parsed.error.issues, doc, projectSchema), warnings);
  const checked = checkProject(parsed.data);
  for (const w of checked.warnings) warnings.push(w);
  if (checked.errors.length > 0) return fail(checked.errors, warnings);
  return { ok: true, project: parsed.data, warnings: capped(warnings) };
}

/**
 * Without a usable version the rest of a file is still read as the current version, so that one
 * Open lists every problem; a file of an unknown (newer or older) version is not: its other
 * "problems" would only be differences between versions.
 */
function problemsAsCurrent(doc: Record<string, unknown>): Problem[] {
  if (typeof doc.version === 'number' && Number.isInteger(doc.version)) return [];
  const asCurrent = { ...doc, version: CURRENT_VERSION };
  const parsed = projectSchema.safeParse(asCurrent);
  if (!parsed.success) return issuesToProblems(parsed.error.issues, asCurrent, projectSchema);
  return checkProject(parsed.data).errors;
}

function checkVersion(version: unknown): Problem | null {
  const readable = `this Spillway reads versions ${OLDEST_VERSION} to ${CURRENT_VERSION}`;
  if (version === undefined) return { path: 'version', message: `is required; ${readable}` };
  if (typeof version !== 'number' || !Number.isInteger(version))
    return {
      path: 'version',
      message: `must be an integer, got ${describeValue(version)}; ${readable}`,
    };
  if (version < OLDEST_VERSION || version > CURRENT_VERSION)
    return { path: 'version', message: `unsupported version ${version}; ${readable}` };
  return null;
}
