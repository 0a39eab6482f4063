import { maskSecretsInText } from './mask-text.js';
import { createSecretKeyMatcher, normalizeKey } from './secret-key-names.js';

/**
 * Options of {@link redactEvent}.
 *
 * @example
 * ```ts
 * const options: RedactOptions = { paths: ['detail.event.request_body.email', 'detail.event.ip_address'] };
 * ```
 */
export interface RedactOptions {
  /**
   * More fields to mask, as dot paths from the event (`detail.event.response_body.email`); `*`
   * stands for any one key or array index (`detail.event.response_body.users.*.email`). In text
   * that is not JSON, where paths cannot be followed, the last key of a path is masked wherever
   * it appears below where the path leads.
   */
  readonly paths?: readonly string[];
  /**
   * Keys masked wherever they are, in any casing and separators (`ip_address` also masks
   * `ipAddress` and `IP-Address`), in addition to the secret key names the library knows.
   */
  readonly keys?: readonly string[];
  /** What masked values become. Default `'[REDACTED]'`. */
  readonly mask?: string;
}

// Logs need the shape of an event, not all of a pathological one.
const MAX_DEPTH = 64;
const TOO_DEEP = '[TOO DEEP]';
const CIRCULAR = '[CIRCULAR]';
const UNREADABLE = '[UNREADABLE]';
const SPARSE = '[HOLES FROM HERE]';
const BOM = '\uFEFF';
const UNREADABLE_READ: unique symbol = Symbol('unreadable');

/** How far the redaction of one object has gone: its copy for each state it was reached in. */
interface Seen {
  /** Being copied: reaching it again closes a cycle. */
  active: boolean;
  readonly state: string | number;
  copy: unknown;
  more?: Map<string | number, unknown>;
}

/**
 * Returns a copy of an event that is fit for logs: `api_key`, passwords, tokens and every other
 * secret key masked wherever they are, and any other fields you name. The input is not modified.
 * Keys are compared by their words, in any casing and separators (`api_key`, `apiKey`,
 * `X-Api-Key`, `api key`); docs/redaction.md lists the names.
 *
 * Works on a parsed event and on a raw one, in either SaaSus form: JSON strings inside it
 * (`detail.event`, the bodies) are decoded, redacted and encoded again, so a raw event that failed
 * to parse can be logged too. Text that cannot be decoded (truncated, with a byte order mark, a
 * trailing comma or garbage, encoded twice) and every other string are kept with the values of
 * secret keys masked in place (`"api_key":"[REDACTED]"`, `?token=[REDACTED]`): their length and
 * where they break stay visible.
 *
 * Objects reached twice are redacted once; a cycle becomes `'[CIRCULAR]'`, a value whose getter or
 * Proxy trap throws becomes `'[UNREADABLE]'`, anything nested deeper than 64 levels `'[TOO DEEP]'`,
 * and an array ends at its first hole with `'[HOLES FROM HERE]'`.
 *
 * @example
 * ```ts
 * const result = safeParseEvent(input);
 * if (!result.success) {
 *   console.error('invalid SaaSus event', result.error.message, JSON.stringify(redactEvent(input)));
 * }
 * ```
 */
export function redactEvent<Event>(event: Event, options: RedactOptions = {}): Event {
  const mask = options.mask ?? '[REDACTED]';
  const isSecretKey = createSecretKeyMatcher(options.keys ?? []);
  const patterns = (options.paths ?? []).map((path) => path.split('.'));
  const allPatterns: readonly number[] = patterns.map((_pattern, index) => index);
  // An object reached again along another path is redacted once per depth and set of paths that
  // can still match below it: shared references cost their number, not their number of paths.
  const seen = new Map<object, Seen>();

  /** The patterns still matching after `key`, at `depth` (the depth of the child). */
  const liveAfter = (live: readonly number[], key: string, depth: number): readonly number[] =>
    live.filter((index) => {
      const segment = patterns[index]![depth - 1];
      return segment !== undefined && (segment === '*' || segment === key);
    });

  const visit = (value: unknown, live: readonly number[], depth: number): unknown => {
    if (typeof value === 'string') return redactString(value, live, depth);
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_DEPTH) return TOO_DEEP;
    const state = live.length === 0 ? depth : `${depth}:${live.join(',')}`;
    let entry = seen.get(value);
    if (entry !== undefined) {
      if (entry.active) return CIRCULAR;
      if (entry.state === state) return entry.copy;
      if (entry.more?.has(state) === true) return entry.more.get(state);
      entry.active = true;
    } else {
      entry = { active: true, state, copy: undefined };
      seen.set(value, entry);
    }
    let copy: unknown;
    try {
      copy = copyNode(value, live, depth);
    } finally {
      entry.active = false;
    }
    if (entry.state === state) entry.copy = copy;
    else (entry.more ??= new Map()).set(state, copy);
    return copy;
  };

  const copyNode = (value: object, live: readonly number[], depth: number): unknown => {
    let isArray: boolean;
    let keys: string[];
    let length = 0;
    try {
      isArray = Array.isArray(value);
      if (isArray) length = (value as readonly unknown[]).length;
      keys = isArray ? [] : Object.keys(value);
    } catch {
      return UNREADABLE;
    }
    if (isArray) {
      const items = value as readonly unknown[];
      const copy: unknown[] = [];
      for (let index = 0; index < length; index++) {
        let item: unknown;
        try {
          item = items[index];
          // A hole: JSON has none, and a sparse array's length (up to 2^32 - 1) says nothing of its size.
          if (item === undefined && !(index in items)) {
            copy.push(SPARSE);
            break;
          }
        } catch {
          item = UNREADABLE_READ;
        }
        copy.push(item === UNREADABLE_READ ? UNREADABLE : redactChild(item, String(index), live, depth, false));
      }
      return copy;
    }
    const record = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      let child: unknown;
      try {
        child = record[key];
      } catch {
        child = UNREADABLE_READ;
      }
      child = child === UNREADABLE_READ ? UNREADABLE : redactChild(child, key, live, depth, isSecretKey(key));
      // defineProperty keeps a "__proto__" key as data instead of setting the prototype.
      Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };

  const redactChild = (child: unknown, key: string, live: readonly number[], depth: number, secret: boolean): unknown => {
    if (secret && child !== null && child !== undefined && child !== '') return mask;
    if (live.length === 0) return visit(child, live, depth + 1);
    const childLive = liveAfter(live, key, depth + 1);
    if (childLive.some((index) => patterns[index]!.length === depth + 1)) return mask;
    return visit(child, childLive, depth + 1);
  };

  const redactString = (text: string, live: readonly number[], depth: number): unknown => {
    const bom = text.startsWith(BOM) ? BOM : '';
    const json = bom === '' ? text : text.slice(1);
    if (looksLikeJson(json)) {
      let decoded: unknown;
      let valid = true;
      try {
        decoded = JSON.parse(json);
      } catch {
        valid = false;
      }
      if (valid && typeof decoded === 'object' && decoded !== null) return bom + JSON.stringify(visit(decoded, live, depth));
      if (valid && typeof decoded === 'string') {
        // Encoded twice: redact the inner text, keep the outer layer. Each layer of encoding
        // doubles the escapes, so the layers are few and their lengths sum to a few times the text.
        const inner = redactString(decoded, live, depth);
        return inner === decoded ? text : bom + JSON.stringify(inner);
      }
    }
    return maskSecretsInText(text, textKeyMatcher(live, depth), mask);
  };

  // In text, paths cannot be followed: the last key of a path that can still match is masked.
  const textKeyMatchers = new Map<string, (key: string) => boolean>();
  const textKeyMatcher = (live: readonly number[], depth: number): ((key: string) => boolean) => {
    if (live.length === 0) return isSecretKey;
    const lastKeys = live
      .map((index) => patterns[index]!)
      .filter((pattern) => pattern.length > depth)
      .map((pattern) => pattern[pattern.length - 1]!)
      .filter((key) => key !== '*' && !/^\d+$/.test(key));
    if (lastKeys.length === 0) return isSecretKey;
    const cacheKey = lastKeys.join('.');
    let matcher = textKeyMatchers.get(cacheKey);
    if (matcher === undefined) {
      const names = new Set(lastKeys.map(normalizeKey));
      matcher = (key) => isSecretKey(key) || names.has(normalizeKey(key));
      textKeyMatchers.set(cacheKey, matcher);
    }
    return matcher;
  };

  return visit(event, allPatterns, 0) as Event;
}

/** Whether a text starts, after JSON white space, as an object, an array or a string does. */
function looksLikeJson(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{' || char === '[' || char === '"') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n') return false;
  }
  return false;
}
