/**
 * Where the first JSON syntax error in `text` is, as an offset, or `undefined` when `text` is
 * valid JSON (RFC 8259).
 *
 * `JSON.parse` knows, but its message quotes the input (which may hold an `api_key`), and on
 * Node 20 it does not always give the position: this scanner finds it without any text.
 * Iterative, so deep nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * jsonSyntaxErrorOffset('{"a": x}'); // 6
 * jsonSyntaxErrorOffset('[1, 2]'); // undefined
 * ```
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  const open: string[] = [];
  let expectValue = true;
  for (;;) {
    scanner.skipWhitespace();
    if (expectValue) {
      const char = text[scanner.at];
      if (char === '{' || char === '[') {
        scanner.at++;
        scanner.skipWhitespace();
        const close = char === '{' ? '}' : ']';
        if (text[scanner.at] === close) {
          scanner.at++;
          expectValue = false;
          continue;
        }
        open.push(close);
        if (close === '}' && !scanner.key()) return scanner.at;
        continue;
      }
      if (!scanner.scalar()) return scanner.at;
      expectValue = false;
      continue;
    }
    const close = open.at(-1);
    if (close === undefined) return scanner.at === text.length ? undefined : scanner.at;
    const char = text[scanner.at];
    if (char === close) {
      scanner.at++;
      open.pop();
    } else if (char === ',') {
      scanner.at++;
      scanner.skipWhitespace();
      if (close === '}' && !scanner.key()) return scanner.at;
      expectValue = true;
    } else {
      return scanner.at;
    }
  }
}

/**
 * Counts the characters the position scanners read, so that tests can check that finding
 * positions costs one pass over a file, however many of its events fail.
 *
 * @example
 * ```ts
 * const meter: ScanMeter = { characters: 0 };
 * arrayElementLines(text, meter);
 * ```
 */
export interface ScanMeter {
  characters: number;
}

/**
 * The 1-based line where each element of a top-level JSON array starts, in one pass over
 * `text`, which must be valid JSON (so no line break is inside a string).
 *
 * @example
 * ```ts
 * arrayElementLines('[1,\n {"a": [2]},\n\n 3]'); // [1, 2, 4]
 * ```
 */
export function arrayElementLines(text: string, meter?: ScanMeter): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectElement = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') line++;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') continue;
    if (expectElement && depth === 1 && char !== ']') lines.push(line);
    expectElement = false;
    if (char === '"') {
      at = stringEnd(text, at) - 1;
    } else if (char === '[' || char === '{') {
      depth++;
      expectElement = depth === 1;
    } else if (char === ']' || char === '}') {
      depth--;
    } else if (char === ',' && depth === 1) {
      expectElement = true;
    }
  }
  if (meter !== undefined) meter.characters += text.length;
  return lines;
}

/**
 * The 1-based line and column (in UTF-16 code units) of an offset in `text`, found by reading
 * the text up to `offset`.
 *
 * @example
 * ```ts
 * lineAndColumn('{\n  "a": x\n}', 9); // { line: 2, column: 8 }
 * ```
 */
export function lineAndColumn(text: string, offset: number, meter?: ScanMeter): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  if (meter !== undefined) meter.characters += Math.min(offset, text.length);
  return { line, column: offset - lineStart + 1 };
}

const LITERALS = ['true', 'false', 'null'];

/** The offset just after the string that starts (with its quote) at `start`, or `text.length`. */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '"') return at + 1;
  }
  return text.length;
}

class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    const { text } = this;
    while (this.at < text.length) {
      const char = text[this.at];
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return;
      this.at++;
    }
  }

  /** An object key and its colon; on failure `at` is where it went wrong. */
  key(): boolean {
    if (this.text[this.at] !== '"' || !this.string()) return false;
    this.skipWhitespace();
    if (this.text[this.at] !== ':') return false;
    this.at++;
    return true;
  }

  /** A string, number or literal; on failure `at` is where it went wrong. */
  scalar(): boolean {
    const { text } = this;
    if (text[this.at] === '"') return this.string();
    const literal = LITERALS.find((candidate) => candidate[0] === text[this.at]);
    if (literal === undefined) return this.number();
    // Fail at the first character that differs, as JSON.parse does.
    for (const char of literal) {
      if (text[this.at] !== char) return false;
      this.at++;
    }
    return true;
  }

  /** `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`, failing where a digit is missing. */
  private number(): boolean {
    const { text } = this;
    if (text[this.at] === '-') this.at++;
    if (text[this.at] === '0') this.at++;
    else if (!this.digits()) return false;
    if (text[this.at] === '.') {
      this.at++;
      if (!this.digits()) return false;
    }
    if (text[this.at] === 'e' || text[this.at] === 'E') {
      this.at++;
      if (text[this.at] === '+' || text[this.at] === '-') this.at++;
      if (!this.digits()) return false;
    }
    return true;
  }

  private digits(): boolean {
    const start = this.at;
    while (this.at < this.text.length && this.text.charCodeAt(this.at) >= 0x30 && this.text.charCodeAt(this.at) <= 0x39) this.at++;
    return this.at > start;
  }

  private string(): boolean {
    const { text } = this;
    for (this.at++; this.at < text.length; this.at++) {
      const code = text.charCodeAt(this.at);
      if (code === 0x22) {
        this.at++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const escape = text[this.at + 1];
        if (escape === 'u') {
          this.at += 2;
          for (const end = this.at + 4; this.at < end; this.at++) {
            if (!/[0-9a-fA-F]/.test(text[this.at] ?? '')) return false;
          }
          this.at--;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          this.at++;
        } else {
          this.at++;
          return false;
        }
      }
    }
    return false;
  }
}
