import { formatPath as formatProblemPath } from '../problem';
import { ImportIssue, ImportLimitReached } from './import-issue';
import { elementTooLong, nestedTooDeep, TRACE_LIMITS } from './trace-limits';

export type PathSegment = string | number;

/** How a value starts: `{`, `[`, or anything else (a string, number or literal). */
export type ValueOpening = 'object' | 'array' | 'primitive';
/** Decides from the path of a value that is about to start whether to hand it over whole. */
export type WantsPath = (path: readonly PathSegment[], opening: ValueOpening) => boolean;
export type OnElement = (path: readonly PathSegment[], value: unknown) => void;

type Expect = 'key' | 'colon' | 'value' | 'comma';
/** An element being read: its text in pieces, their length so far, its bracket depth. */
interface Capture {
  path: PathSegment[];
  parts: string[];
  chars: number;
  depth: number;
}
interface Frame {
  kind: 'object' | 'array';
  key: string;
  index: number;
  expect: Expect;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;
/** Only paths this shallow are offered to `wants`: deeper values are never elements of a trace file (the deepest: an OTLP span in Jaeger API v3's `result`). */
const MAX_WANTED_DEPTH = 7;

/** The path as in every Spillway message (`data[2].spans[7]`); `(document)` for the whole file. */
export function formatPath(path: readonly PathSegment[]): string {
  return formatProblemPath(path) || '(document)';
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * A small streaming JSON scanner: it walks the document's structure chunk by chunk and
 * hands over the values at the paths `wants` asks for, each parsed on its own. Only the
 * element being captured is held in memory, so a file of any size goes through with the
 * memory of its largest element. Values outside the wanted paths are checked for
 * structure (brackets, strings) but not parsed. Pure: the caller does the reading.
 */
export class JsonElementScanner {
  private readonly frames: Frame[] = [];
  private inString = false;
  private escape = false;
  private stringIsKey = false;
  private keyParts: string[] = [];
  /** Characters of the property name being read, in the chunks before this one. */
  private keyChars = 0;
  private inPrimitive = false;
  private topLevelDone = false;
  private capture: Capture | null = null;
  /** A wanted string, number or literal being read (the structure scan reads it). */
  private primitive: { path: PathSegment[]; parts: string[]; chars: number } | null = null;
  /** Characters consumed so far. */
  consumed = 0;

  constructor(
    private readonly wants: WantsPath,
    private readonly onElement: OnElement,
  ) {}

  feed(chunk: string): void {
    let i = 0;
    const len = chunk.length;
    while (i < len) {
      i = this.capture ? this.scanCapture(chunk, i) : this.scanStructure(chunk, i);
    }
    // What is left of the chunk belongs to an unfinished element, value or name: kept, up to a
    // length that JSON.parse and the heap can still take (TRACE_LIMITS.elementChars).
    for (const held of [this.capture, this.primitive]) {
      if (!held) continue;
      held.parts.push(chunk.slice(this.captureStart));
      held.chars += len - this.captureStart;
      if (held.chars > TRACE_LIMITS.elementChars)
        throw new ImportLimitReached(
          formatPath(held.path),
          elementTooLong(held === this.capture ? 'the element' : 'the value'),
        );
    }
    if (this.inString && this.stringIsKey) {
      this.keyParts.push(chunk.slice(this.keyStart));
      this.keyChars += len - this.keyStart;
      if (this.keyChars > TRACE_LIMITS.elementChars)
        throw new ImportLimitReached(
          formatPath(this.currentPath()),
          elementTooLong('a property name'),
        );
    }
    this.captureStart = 0;
    this.keyStart = 0;
    this.consumed += len;
  }

  /** Call after the last chunk: throws ImportIssue when the document stopped early. */
  end(): void {
    if (this.frames.length > 0 || this.inString || this.capture) {
      const path = this.capture ? this.capture.path : this.currentPath();
      throw new ImportIssue(
        formatPath(path),
        `the file ends early (truncated?) after ${this.consumed} characters, inside an unfinished ${this.inString ? 'string' : 'object or array'}`,
      );
    }
    if (!this.topLevelDone) throw new ImportIssue('(document)', 'is empty: no JSON value found');
  }

  private captureStart = 0;
  private keyStart = 0;

  private currentPath(): PathSegment[] {
    return this.frames.map((f) => (f.kind === 'object' ? f.key : f.index));
  }

  private fail(offset: number, message: string): never {
    throw new ImportIssue(
      formatPath(this.currentPath()),
      `${message} at character ${this.consumed + offset}`,
    );
  }

  /** Inside a wanted element: only strings and bracket depth matter until it closes. */
  private scanCapture(chunk: string, start: number): number {
    const capture = this.capture as Capture;
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) capture.depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        capture.depth--;
        if (capture.depth === 0) {
          capture.parts.push(chunk.slice(this.captureStart, i + 1));
          if (capture.chars + i + 1 - this.captureStart > TRACE_LIMITS.elementChars)
            throw new ImportLimitReached(formatPath(capture.path), elementTooLong('the element'));
          this.capture = null;
          this.emit(capture.path, capture.parts.join(''));
          this.valueDone();
          return i + 1;
        }
      }
    }
    return chunk.length;
  }

  private emit(path: PathSegment[], text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ImportIssue(
        formatPath(path),
        `is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    this.onElement(path, value);
  }

  private valueDone(): void {
    const top = this.frames[this.frames.length - 1];
    if (top) top.expect = 'comma';
    else this.topLevelDone = true;
  }

  private startValue(i: number, c: number): boolean {
    const depth = this.frames.length;
    if (depth === 0 && this.topLevelDone)
      this.fail(i, 'unexpected content after the end of the JSON document');
    if (depth < 1 || depth > MAX_WANTED_DEPTH) return false;
    const path = this.currentPath();
    const opening = c === OPEN_OBJECT ? 'object' : c === OPEN_ARRAY ? 'array' : 'primitive';
    if (!this.wants(path, opening)) return false;
    this.captureStart = i;
    if (opening === 'primitive') {
      // Read on by the structure scan; handed over when it ends (endPrimitive).
      this.primitive = { path, parts: [], chars: 0 };
      return false;
    }
    this.capture = { path, parts: [], chars: 0, depth: 1 };
    return true;
  }

  /** A wanted primitive ended just before `end` (exclusive) in this chunk. */
  private endPrimitive(chunk: string, end: number): void {
    const primitive = this.primitive;
    if (!primitive) return;
    this.primitive = null;
    primitive.parts.push(chunk.slice(this.captureStart, end));
    if (primitive.chars + end - this.captureStart > TRACE_LIMITS.elementChars)
      throw new ImportLimitReached(formatPath(primitive.path), elementTooLong('the value'));
    this.emit(primitive.path, primitive.parts.join(''));
  }

  private scanStructure(chunk: string, start: number): number {
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.stringIsKey) {
            this.keyParts.push(chunk.slice(this.keyStart, i));
            if (this.keyChars + i - this.keyStart > TRACE_LIMITS.elementChars)
              throw new ImportLimitReached(
                formatPath(this.currentPath()),
                elementTooLong('a property name'),
              );
            const top = this.frames[this.frames.length - 1] as Frame;
            top.key = this.keyParts.join('');
            top.expect = 'colon';
            this.keyParts = [];
          } else {
            this.endPrimitive(chunk, i + 1);
            this.valueDone();
          }
        }
        continue;
      }
      if (this.inPrimitive) {
        if (isWhitespace(c) || c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
          this.inPrimitive = false;
          this.endPrimitive(chunk, i);
          this.valueDone();
        } else continue;
      }
      if (isWhitespace(c)) continue;
      const top = this.frames[this.frames.length - 1];
      const expect: Expect = top ? top.expect : 'value';
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        const kind = c === CLOSE_OBJECT ? 'object' : 'array';
        if (!top || top.kind !== kind) this.fail(i, `unexpected "${String.fromCharCode(c)}"`);
        if (expect === 'colon' || (expect === 'value' && (kind === 'object' || top.index > 0)))
          this.fail(i, `unexpected "${String.fromCharCode(c)}"`);
        this.frames.pop();
        this.valueDone();
        continue;
      }
      if (c === COMMA) {
        if (!top || expect !== 'comma') this.fail(i, 'unexpected ","');
        if (top.kind === 'array') {
          top.index++;
          top.expect = 'value';
        } else top.expect = 'key';
        continue;
      }
      if (c === COLON) {
        if (!top || expect !== 'colon') this.fail(i, 'unexpected ":"');
        top.expect = 'value';
        continue;
      }
      if (expect === 'key') {
        if (c !== QUOTE) this.fail(i, 'expected a property name in double quotes');
        this.inString = true;
        this.stringIsKey = true;
        this.keyStart = i + 1;
        this.keyParts = [];
        this.keyChars = 0;
        continue;
      }
      if (expect !== 'value') this.fail(i, `unexpected "${String.fromCharCode(c)}"`);
      if (this.startValue(i, c)) return i + 1;
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        // Each level is a frame: a file of nothing but brackets would fill the heap.
        if (this.frames.length >= TRACE_LIMITS.depth)
          throw new ImportLimitReached('(document)', nestedTooDeep(this.consumed + i));
        this.frames.push({
          kind: c === OPEN_OBJECT ? 'object' : 'array',
          key: '',
          index: 0,
          expect: c === OPEN_OBJECT ? 'key' : 'value',
        });
      } else if (c === QUOTE) {
        this.inString = true;
        this.stringIsKey = false;
      } else if (/[-0-9tfn]/.test(String.fromCharCode(c))) {
        this.inPrimitive = true;
      } else this.fail(i, `unexpected "${String.fromCharCode(c)}"`);
    }
    return chunk.length;
  }
}
