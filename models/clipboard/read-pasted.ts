import { tooDeepAt } from '../json-depth';
import { parseJsonText } from '../json-text';
import { LIMITS } from '../limits';
import { loadProject, type LoadResult } from '../load';
import { formatPath, type Problem } from '../problem';
import { isRecord } from '../schema-at';
import { FORMAT } from '../schema/project';
import { clipFromDocument, isClipDocument, type Clip } from './clip-text';

/** What pasted text holds, read through the same bounded path as a project file. */
export type Pasted =
  | { kind: 'clip'; clip: Clip }
  | { kind: 'project'; result: LoadResult }
  /** Text that claims to be Spillway's (nodes or a project) but cannot be used: why, and where. */
  | { kind: 'refused'; problems: Problem[] }
  /** Any other text the user copied (a sentence, someone else's JSON): not ours to judge. */
  | { kind: 'other' };

const OTHER: Pasted = { kind: 'other' };
/** Looked for near the start of broken or oversized JSON to tell Spillway's text from any other. */
const CLAIMS_SPILLWAY = /"spillwayClip"|"format"\s*:\s*"spillway"/;
const refused = (path: string, message: string): Pasted => ({
  kind: 'refused',
  problems: [{ path, message }],
});

/**
 * Reads clipboard text: Spillway nodes (copied in any tab) or a whole project (its JSON, as in a
 * file). Never throws, and costs at most one bounded parse: text over the project size limit is
 * refused unread, a document nested deeper than the format allows is refused by its path.
 */
export function readPasted(text: string): Pasted {
  if (!/^\s*\{/.test(text)) return OTHER;
  const claims = CLAIMS_SPILLWAY.test(text.slice(0, 4096));
  if (text.length > LIMITS.textChars)
    return claims
      ? refused(
          '',
          `the pasted text is ${text.length} characters long; Spillway reads up to ${LIMITS.textChars} characters`,
        )
      : OTHER;
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    return claims
      ? refused(
          '',
          `malformed JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`,
        )
      : OTHER;
  const doc = parsed.value;
  if (!isRecord(doc)) return OTHER;
  if (isClipDocument(doc)) {
    const deep = tooDeepAt(doc, LIMITS.depth);
    if (deep)
      return refused(
        formatPath(deep),
        `nested deeper than ${LIMITS.depth} levels of lists and objects`,
      );
    const clip = clipFromDocument(doc);
    if (!clip.ok) return { kind: 'refused', problems: clip.problems };
    return clip.clip.nodes.length > 0 ? { kind: 'clip', clip: clip.clip } : OTHER;
  }
  if (doc.format === FORMAT || Array.isArray(doc.variants))
    return { kind: 'project', result: loadProject(doc) };
  return OTHER;
}
