/**
 * JSON text → value, with a syntax error located by line and column. JSON.parse does the
 * parsing; its error messages differ between engines and rarely give a line, so when it fails
 * a small scanner walks the text to find where and why.
 */
export type JsonTextResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const found = findSyntaxError(body);
    const offset = found?.offset ?? 0;
    const reason = found?.reason ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, ...lineAndColumn(body, offset), reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxAt extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Returns the first syntax error of `text`, or null when it is valid JSON. */
export function findSyntaxError(text: string): { offset: number; reason: string } | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.document();
    scanner.skipSpace();
    if (scanner.pos < text.length)
      scanner.fail(`unexpected ${scanner.describe()} after the end of the document`);
    return null;
  } catch (e) {
    if (e instanceof SyntaxAt) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

/** The containers the scanner is inside: '{' or '['. An array of its own, so depth costs no stack. */
type Open = '{' | '[';

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(reason: string, at = this.pos): never {
    throw new SyntaxAt(at, reason);
  }

  describe(): string {
    if (this.pos >= this.text.length) return 'end of file';
    return `character ${JSON.stringify(this.text[this.pos])}`;
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] as string))
      this.pos++;
  }

  /**
   * One value with everything inside it, without recursion: a file of a million `[` is located
   * like any other, instead of overflowing the call stack.
   */
  document(): void {
    const open: Open[] = [];
    for (;;) {
      // Here a value is expected (at the top, after "[", "," or ":").
      if (this.openValue(open)) continue;
      // A value just ended: close containers or move to the next element.
      for (;;) {
        const inside = open[open.length - 1];
        if (inside === undefined) return;
        this.skipSpace();
        const c = this.text[this.pos];
        if (c === ',') {
          this.pos++;
          this.skipSpace();
          if (inside === '{') this.propertyName();
          else if (this.text[this.pos] === ']') this.fail('trailing comma before "]"');
          break;
        }
        if (c === (inside === '{' ? '}' : ']')) {
          this.pos++;
          open.pop();
          continue;
        }
        this.fail(
          inside === '{'
            ? `expected "," or "}" after a property value, found ${this.describe()}`
            : `expected "," or "]" after an array element, found ${this.describe()}`,
        );
      }
    }
  }

  /**
   * Reads a scalar, or opens a container (and reads its first property name). True when a
   * container was opened and its first value is now expected; false when a value ended.
   */
  private openValue(open: Open[]): boolean {
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === (c === '{' ? '}' : ']')) {
        this.pos++;
        return false;
      }
      open.push(c);
      if (c === '{') this.propertyName();
      else this.skipSpace();
      return true;
    }
    this.scalar();
    return false;
  }

  /** `"name":` and the space after it; the value follows. */
  private propertyName(): void {
    this.skipSpace();
    if (this.text[this.pos] !== '"') {
      if (this.text[this.pos] === '}') this.fail('trailing comma before "}"');
      this.fail(`expected a property name in double quotes, found ${this.describe()}`);
    }
    this.string();
    this.skipSpace();
    if (this.text[this.pos] !== ':')
      this.fail(`expected ":" after the property name, found ${this.describe()}`);
    this.pos++;
    this.skipSpace();
  }

  private scalar(): void {
    const c = this.text[this.pos];
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    if (c === "'") this.fail('strings must use double quotes');
    this.fail(
      c === undefined
        ? 'unexpected end of file, expected a value'
        : `unexpected ${this.describe()}, expected a value`,
    );
  }

  string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] as string;
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)))
            this.fail('invalid \\u escape in a string');
          this.pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          this.pos += 2;
        } else {
          this.fail(`invalid escape "\\${next ?? ''}" in a string`);
        }
        continue;
      }
      if (c < ' ')
        this.fail(
          c === '\n'
            ? 'unterminated string (line break inside a string)'
            : 'control character inside a string',
        );
      this.pos++;
    }
    this.fail('unterminated string', start);
  }

  number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail(`invalid number`);
    this.pos += match[0].length;
  }
}
