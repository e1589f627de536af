// A file that is not a Spillway project but one the app imports another way: said at once, with
// the command that reads it, instead of a list of what a project would need.
import { detectTraceFormat, TRACE_FORMAT_NAMES } from './interop/trace-format';
import type { Problem } from './problem';

/** The problem to report when the parsed file is a trace export or an AsyncAPI description. */
export function otherFileKind(doc: unknown): Problem | null {
  if (typeof doc !== 'object' || doc === null) return null;
  if (!Array.isArray(doc) && 'format' in doc) return null;
  if (!Array.isArray(doc) && typeof (doc as { asyncapi?: unknown }).asyncapi === 'string')
    return {
      path: '',
      message:
        'this is an AsyncAPI document, not a Spillway project: import it to build a model (“Import AsyncAPI…” in the Project menu, `spillway import-asyncapi` on the command line)',
    };
  // An array is a Zipkin export only when its first element is a span.
  if (Array.isArray(doc) && !(typeof doc[0] === 'object' && doc[0] !== null && 'traceId' in doc[0]))
    return null;
  const format = detectTraceFormat(doc);
  if (!format) return null;
  return {
    path: '',
    message: `this is a trace file (${TRACE_FORMAT_NAMES[format]}), not a Spillway project: import it to build a model (“Import traces…” in the Project menu, \`spillway import-trace\` on the command line)`,
  };
}
