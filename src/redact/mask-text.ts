/**
 * Masks secrets in text that could not be decoded as JSON (truncated, with a trailing comma or
 * garbage, encoded twice, a query string, a header dump), by the names of their keys.
 *
 * The scan does not parse: it looks at every `:`, `=` and `=>`, reads the key written before it
 * (quoted or bare, at any level of JSON escaping: `"key"`, `\"key\"`, `\\\"key\\\"`; bracketed,
 * `user[password]`; with `%XX`, `\uXXXX` and `+` decoded) and, when the key names a secret, masks
 * the value after it:
 * - a quoted value up to its closing quote (at the same level of escaping or an outer one), or
 *   to the end of the text when the quote never closes (a value cut by truncation);
 * - an object or array up to its closing bracket (brackets inside its strings do not count), or
 *   to the end of the text;
 * - a bare value after `=` up to `&`, `;`, `#`, white space, a quote or a bracket (query strings,
 *   cookies); after `:` up to the end of the line, `,`, a quote or a bracket (`Authorization:
 *   Bearer …` keeps its scheme and token together).
 *
 * Reading keys backwards from their separator makes the scan independent of where the text
 * starts or breaks: a cut in the middle of a string does not shift which quotes open strings.
 * Every character is read a bounded number of times, so the scan is linear in the text.
 *
 * The level of escaping of a quote comes from the backslashes before it: in JSON encoded L times,
 * a string's quotes have 2^L − 1 of them, and escaped backslashes come in pairs at each level, so
 * a quote after r backslashes belongs to level L when r + 1 is 2^L times an odd number.
 *
 * A path segment after a collection named for secrets (`/api-keys/{api_key}`, `/tokens/…`) is
 * masked too: the SaaSus API Gateway API puts API keys in its paths.
 */

/**
 * Returns `text` with the values of secret keys replaced by `mask` (the same string when there is
 * nothing to mask).
 *
 * @example
 * ```ts
 * maskSecretsInText('{"api_key":"s3cr3t","n', (key) => key === 'api_key', '[REDACTED]');
 * // '{"api_key":"[REDACTED]","n'
 * ```
 */
export function maskSecretsInText(text: string, isSecretKey: (key: string) => boolean, mask: string): string {
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    // Only `:`, `=` and `/` can start something to mask.
    const code = text.charCodeAt(index);
    let masked: Range | undefined;
    if (code === SLASH) masked = segmentAfterSecretCollection(text, index, isSecretKey);
    else if (code === COLON || code === EQUALS) {
      const key = keyBefore(text, index, copied);
      if (key !== undefined && isSecretKey(key.text)) masked = valueAfter(text, index + 1, code === COLON ? ':' : '=', key.level);
    }
    if (masked !== undefined && masked.end > masked.start) {
      out += text.slice(copied, masked.start) + mask;
      copied = masked.end;
      index = masked.end;
    } else {
      index++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const SLASH = 0x2f;
const COLON = 0x3a;
const EQUALS = 0x3d;

interface Range {
  readonly start: number;
  readonly end: number;
}

/** A key as written before a separator (decoded), and the level of escaping of its closing quote. */
interface WrittenKey {
  readonly text: string;
  readonly level: number;
}

/** The level of escaping of a quote after `run` backslashes: how many times 2 divides `run + 1`. */
function quoteLevel(run: number): number {
  const value = run + 1;
  return 31 - Math.clz32(value & -value);
}

function isBareKeyChar(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || char === '_' || char === '-' || char === '.' || char === '%' || char === '+';
}

function isQuote(char: string | undefined): char is '"' | "'" {
  return char === '"' || char === "'";
}

/** Skips white space backwards, also JSON-escaped white space (`\n` written in an escaped text). */
function skipSpaceBackward(text: string, from: number, floor: number): number {
  let index = from;
  while (index >= floor) {
    const char = text[index]!;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') index--;
    else if (isEscapedSpace(text, index, floor)) index = backslashRunStart(text, index - 1, floor) - 1;
    else break;
  }
  return index;
}

/** The first index of the run of backslashes that ends at `last`. */
function backslashRunStart(text: string, last: number, floor: number): number {
  let index = last;
  while (index - 1 >= floor && text[index - 1] === '\\') index--;
  return index;
}

/** The key written just before the separator at `separator`, not reading before `floor`. */
function keyBefore(text: string, separator: number, floor: number): WrittenKey | undefined {
  const last = skipSpaceBackward(text, separator - 1, floor);
  if (last < floor) return undefined;
  const closing = text[last]!;
  if (isQuote(closing)) {
    const runStart = backslashRunStart(text, last, floor);
    let opening = runStart - 1;
    while (opening >= floor && text[opening] !== closing) opening--;
    // No opening quote: the text was cut inside the key (`token":"…`); its last word is the key.
    if (opening < floor) return bareKeyIn(text, bareKeyStart(text, runStart - 1, floor), runStart, quoteLevel(last - runStart));
    return { text: decodeKey(text.slice(opening + 1, runStart)), level: quoteLevel(last - runStart) };
  }
  // A bracketed name (`user[password]=`, as forms and query strings nest them) is the key, also
  // where the text was cut after its `[`.
  if (closing === ']') {
    const start = bareKeyStart(text, last - 1, floor);
    return start - 1 < floor || text[start - 1] === '[' ? bareKeyIn(text, start, last, 0) : undefined;
  }
  return bareKeyIn(text, bareKeyStart(text, last, floor), last + 1, 0);
}

/**
 * Where the bare key that ends at `last` starts (`last + 1` when there is none). An escaped `\n`,
 * `\t` or `\r` before it is white space, not part of the key (`line\npin: …`).
 */
function bareKeyStart(text: string, last: number, floor: number): number {
  let start = last;
  while (start >= floor && isBareKeyChar(text[start]!) && !isEscapedSpace(text, start, floor)) start--;
  return start + 1;
}

function bareKeyIn(text: string, start: number, end: number, level: number): WrittenKey | undefined {
  return start === end ? undefined : { text: decodeKey(text.slice(start, end)), level };
}

/** Whether `index` holds the letter of an escaped `\n`, `\t` or `\r`, its backslash at or after `floor`. */
function isEscapedSpace(text: string, index: number, floor: number): boolean {
  const char = text[index];
  return (char === 'n' || char === 't' || char === 'r') && index - 1 >= floor && text[index - 1] === '\\';
}

/** A key as it reads: `%XX` and `\uXXXX` (at any level of escaping) decoded, `+` a space. */
function decodeKey(key: string): string {
  if (!/[%\\+]/.test(key)) return key;
  return key
    .replace(/\\+u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/%([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replaceAll('+', ' ')
    .replaceAll('\\', '');
}

/** Skips white space forwards, also JSON-escaped white space. */
function skipSpaceForward(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const char = text[index]!;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
      index++;
      continue;
    }
    if (char !== '\\') break;
    let after = index;
    while (text[after] === '\\') after++;
    const escaped = text[after];
    if (escaped !== 'n' && escaped !== 't' && escaped !== 'r') break;
    index = after + 1;
  }
  return index;
}

/** What to mask after a secret key's separator; `level` is the escaping of the key's quotes. */
function valueAfter(text: string, from: number, separator: ':' | '=', level: number): Range | undefined {
  // `key => value`, as Ruby and PHP print a hash.
  const start = skipSpaceForward(text, separator === '=' && text[from] === '>' ? from + 1 : from);
  let quoteAt = start;
  while (text[quoteAt] === '\\') quoteAt++;
  const quote = text[quoteAt];
  if (isQuote(quote)) {
    const contentStart = quoteAt + 1;
    return { start: contentStart, end: closingQuote(text, contentStart, quote, quoteLevel(quoteAt - start)) };
  }
  const first = text[start];
  if (first === '{' || first === '[') return { start, end: containerEnd(text, start, level) };
  // After `=`: a query parameter or cookie value. After `:`: a header value, spaces included.
  const terminator = separator === '=' ? /[&;#\s,"'\\{}[\]<>]/g : /[\r\n,"'\\{}[\]]/g;
  terminator.lastIndex = start;
  const end = terminator.exec(text)?.index ?? text.length;
  // A JSON null is not a secret; showing it tells that the field was not set.
  return text.startsWith('null', start) && end === start + 4 ? undefined : { start, end };
}

/**
 * Where the content of a string opened at a level of escaping ends: at the first same quote at
 * that level or an outer one (a quote of a deeper level is content), before its own backslashes;
 * or at the end of the text.
 */
function closingQuote(text: string, from: number, quote: string, level: number): number {
  let run = 0;
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\\') {
      run++;
      continue;
    }
    if (char === quote) {
      const quoteAt = quoteLevel(run);
      // Backslashes beyond the quote's own 2^level − 1 are escaped backslashes: content.
      if (quoteAt <= level) return index - (2 ** quoteAt - 1);
    }
    run = 0;
  }
  return text.length;
}

/**
 * Where an object or array that starts at `from` ends (after its closing bracket), skipping the
 * strings inside it; at the end of the text if it never closes, or before a quote of an outer
 * level than `level` (the string holding it has ended).
 */
function containerEnd(text: string, from: number, level: number): number {
  let depth = 0;
  let run = 0;
  let index = from;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      run++;
      index++;
      continue;
    }
    if (char === '"') {
      const stringLevel = quoteLevel(run);
      if (stringLevel < level) return index - run;
      const end = closingQuote(text, index + 1, '"', stringLevel);
      index = end;
      while (text[index] === '\\') index++;
      index++;
      run = 0;
      continue;
    }
    run = 0;
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
  return text.length;
}

function segmentEnd(text: string, from: number): number {
  const end = /[/?#&;,"'\\\s{}[\]]/g;
  end.lastIndex = from;
  return end.exec(text)?.index ?? text.length;
}

/** The path segment after `/<secrets>/` (a plural of a secret key name), when `slash` starts one. */
function segmentAfterSecretCollection(text: string, slash: number, isSecretKey: (key: string) => boolean): Range | undefined {
  const nameEnd = segmentEnd(text, slash + 1);
  if (text[nameEnd] !== '/' || nameEnd - slash < 3 || text[nameEnd - 1] !== 's') return undefined;
  if (!isSecretKey(decodeKey(text.slice(slash + 1, nameEnd - 1)))) return undefined;
  const end = segmentEnd(text, nameEnd + 1);
  return { start: nameEnd + 1, end };
}
