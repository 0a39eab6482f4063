import { isRecord } from '../decoder/issues.js';

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
   * stands for any one key or array index (`detail.event.response_body.users.*.email`).
   */
  readonly paths?: readonly string[];
  /**
   * Keys masked wherever they are, in addition to `api_key` and password-like keys
   * (`password`, `secret`, `token`, `credential`, `authorization`, `private_key`, `client_secret`).
   */
  readonly keys?: readonly string[];
  /** What masked values become. Default `'[REDACTED]'`. */
  readonly mask?: string;
}

const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|credential|authorization|api_?key|private_?key/i;
// Logs need the shape of an event, not all of a pathological one.
const MAX_DEPTH = 64;

/**
 * Returns a copy of an event that is fit for logs: `api_key` and password-like fields masked
 * wherever they are, and any other fields you name. The input is not modified.
 *
 * Works on a parsed event and on a raw one, in either SaaSus form: JSON strings inside it
 * (`detail.event`, the bodies) are decoded, redacted and encoded again, so a raw event that failed
 * to parse can be logged too. A string that is not JSON is kept as it is.
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
  const keys = new Set(options.keys ?? []);
  const paths = (options.paths ?? []).map((path) => path.split('.'));
  const isSecretKey = (key: string) => key === 'api_key' || keys.has(key) || SECRET_KEY.test(key);

  const visit = (value: unknown, path: string[], depth: number): unknown => {
    if (typeof value === 'string') return redactJsonString(value, path, depth);
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_DEPTH) return '[TOO DEEP]';
    if (Array.isArray(value)) return value.map((item, index) => visitChild(item, [...path, String(index)], depth));
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childValue = isSecretKey(key) && child !== null && child !== undefined && child !== '' ? mask : visitChild(child, [...path, key], depth);
      // defineProperty keeps a "__proto__" key as data instead of setting the prototype.
      Object.defineProperty(copy, key, { value: childValue, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };

  const visitChild = (value: unknown, path: string[], depth: number): unknown =>
    paths.some((pattern) => matches(pattern, path)) ? mask : visit(value, path, depth + 1);

  const redactJsonString = (text: string, path: string[], depth: number): unknown => {
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[') return text;
    let decoded: unknown;
    try {
      decoded = JSON.parse(text);
    } catch {
      return text;
    }
    return isRecord(decoded) || Array.isArray(decoded) ? JSON.stringify(visit(decoded, path, depth)) : text;
  };

  return visit(event, [], 0) as Event;
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length !== path.length) return false;
  return pattern.every((segment, index) => segment === '*' || segment === path[index]);
}
