// What must never reach a terminal or a CI log as it is: control characters (C0, DEL, C1: a
// line break fakes result lines, ESC starts terminal escape sequences), bidirectional controls
// (they reorder what is shown: "Trojan Source"), line and paragraph separators, and lone
// surrogates (not text at all).
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}\p{Cs}]/u;
const UNSAFE_GLOBAL = new RegExp(UNSAFE.source, 'gu');
// What JSON.stringify leaves raw of the above: it escapes C0 controls and lone surrogates itself.
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;

const MAX_ARGUMENT_SHOWN = 80;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every unsafe character (controls, bidirectional controls, line and paragraph
 * separators, lone surrogates) written as an escape: `\n`, `\r`, `\t` or `\uXXXX`.
 *
 * @example
 * ```ts
 * escapeUnsafe('a\nb\u001b[2J'); // 'a\\nb\\u001b[2J'
 * ```
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_GLOBAL, unicodeEscape);
}

/**
 * Whether `text` holds no unsafe character and can be printed as it is.
 *
 * @example
 * ```ts
 * isPrintable('a "b".json'); // true
 * isPrintable('a\u202eb.json'); // false
 * ```
 */
export function isPrintable(text: string): boolean {
  return !UNSAFE.test(text);
}

/**
 * A file name or command-line argument as it can be printed: unchanged when it holds no unsafe
 * character and no `"`, otherwise in double quotes with `\`, `"` and the unsafe characters
 * escaped (as git quotes paths). A printed name that does not start with `"` is therefore the
 * name itself, and a quoted one reads back unambiguously.
 *
 * @example
 * ```ts
 * printableName('events/a.json'); // 'events/a.json'
 * printableName('a\nok   b.json'); // '"a\\nok   b.json"'
 * ```
 */
export function printableName(name: string): string {
  if (isPrintable(name) && !name.includes('"')) return name;
  return quoted(name);
}

/**
 * A user's argument for an error message: always quoted and escaped, and cut after 80
 * characters (an argument can be megabytes long).
 *
 * @example
 * ```ts
 * quotedArgument('--strcit'); // '"--strcit"'
 * ```
 */
export function quotedArgument(argument: string): string {
  return argument.length > MAX_ARGUMENT_SHOWN ? `${quoted(argument.slice(0, MAX_ARGUMENT_SHOWN))}…` : quoted(argument);
}

/**
 * Escapes, in the text of a JSON document, the unsafe characters that `JSON.stringify` leaves
 * raw (DEL, C1 controls, bidirectional controls, line and paragraph separators). They can only
 * be inside strings, where `\uXXXX` means the same character: the document's values do not change.
 *
 * @example
 * ```ts
 * escapeUnsafeJson(JSON.stringify({ file: 'a\u202eb' })); // '{"file":"a\\u202eb"}'
 * ```
 */
export function escapeUnsafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}

function quoted(text: string): string {
  return `"${escapeUnsafe(text.replace(/["\\]/g, '\\$&'))}"`;
}

function unicodeEscape(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
