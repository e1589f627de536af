// The trace import's limits (docs/interop.md, "Limits"): each file past one ends in an
// ImportIssue that names the limit and where it was met, never in an exhausted heap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ImportIssue } from '../../../../models/interop/import-issue';
import { importTraces, TraceImporter } from '../../../../models/interop/import-traces';
import { TRACE_LIMITS, traceFileTooLarge } from '../../../../models/interop/trace-limits';

const zipkinText = readFileSync(
  join(__dirname, '../../../fixtures/traces/shop.zipkin.json'),
  'utf8',
);

type Limits = { -readonly [K in keyof typeof TRACE_LIMITS]: number };
const limits = TRACE_LIMITS as Limits;
const defaults = { ...TRACE_LIMITS };
/** Lowers a limit for one test (the real ones need files of hundreds of megabytes). */
const lower = (change: Partial<Limits>): void => void Object.assign(limits, change);
afterEach(() => void Object.assign(limits, defaults));

/** The ImportIssue an import of `text` ends in, the text fed whole or in pieces of `piece` characters. */
function issue(text: string, piece = text.length): ImportIssue {
  const importer = new TraceImporter();
  try {
    for (let at = 0; at < text.length; at += piece) importer.feed(text.slice(at, at + piece));
    importer.finish();
  } catch (e) {
    if (e instanceof ImportIssue) return e;
    throw e;
  }
  throw new Error('imported');
}

describe('trace import limits', () => {
  test('a file over the byte limit is refused before it is read, with its size and the limit', () => {
    expect(traceFileTooLarge(TRACE_LIMITS.fileBytes)).toBeNull();
    expect(traceFileTooLarge(1_234_567_890)).toMatch(
      /^the file is 1,234,567,890 bytes, more than the 1,000,000,000 a trace import takes/,
    );
  });

  test('more spans than the limit: the import stops at the first one over, naming the count', () => {
    const spans = importTraces(zipkinText).summary.spans;
    lower({ spans: spans - 1 });
    const e = issue(zipkinText);
    expect(e.where).toBe('(document)');
    expect(e.reason).toMatch(
      new RegExp(`^holds more than ${(spans - 1).toLocaleString('en-US')} spans`),
    );
    lower({ spans });
    expect(importTraces(zipkinText).summary.spans).toBe(spans);
  });

  test('brackets nested past the depth limit (a 20 MB file of them aborted the process)', () => {
    const deep = `{"x":${'['.repeat(TRACE_LIMITS.depth + 5)}`;
    const e = issue(deep);
    expect(e.where).toBe('(document)');
    expect(e.reason).toMatch(
      /^arrays and objects are nested more than 1,000 levels deep at character 1004 \(/,
    );
    // At the limit the file is read on (and found truncated).
    expect(issue(`{"x":${'['.repeat(TRACE_LIMITS.depth - 1)}`).reason).toMatch(/ends early/);
  });

  test('an element, a value or a property name longer than the limit, fed whole or in pieces', () => {
    lower({ elementChars: 1000 });
    const longName = JSON.stringify([{ traceId: 'a', id: 'b', name: 'x'.repeat(2000) }]);
    for (const piece of [longName.length, 100]) {
      const e = issue(longName, piece);
      expect(e.where).toBe('[0]');
      expect(e.reason).toMatch(/^the element is longer than 1,000 characters, the most a trace/);
    }
    const longKey = `{"${'k'.repeat(2000)}": 1}`;
    for (const piece of [longKey.length, 100])
      expect(issue(longKey, piece).reason).toMatch(/^a property name is longer than 1,000/);
    lower({ elementChars: 3000 });
    expect(issue(longName, 100).reason).toMatch(/holds no usable spans|no format/);
  });
});
