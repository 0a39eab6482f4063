/**
 * Events with secrets planted under secret keys (every listed name, in every casing and
 * separator, anywhere in the event, in query strings and header lines) and then broken as text
 * (truncated anywhere, a byte order mark, a trailing comma, encoded twice, garbage before or
 * after): what `redactEvent` must still mask. Shared by test/redact-broken-text.test.ts and
 * scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { SECRET_KEY_NAMES, SECRET_KEY_WORDS } from '../../src/redact/secret-key-names.js';
import { encodeEvent, encodingArb, fixtureTrees, getAt, setOwn, type Encoding, type Layer, type TreePath } from './arbitraries.js';

type JsonObject = Record<string, unknown>;

/** How the words of a key name are written. */
export type KeyStyle = 'snake' | 'kebab' | 'camel' | 'pascal' | 'upper' | 'upper-kebab' | 'title-kebab' | 'spaces' | 'flat';

/** Every style, `flat` (words run together in lower case: `apikey`) included. */
export const KEY_STYLES: readonly KeyStyle[] = ['snake', 'kebab', 'camel', 'pascal', 'upper', 'upper-kebab', 'title-kebab', 'spaces', 'flat'];

const capitalize = (word: string): string => (word === '' ? word : word[0]!.toUpperCase() + word.slice(1));

/**
 * Writes words in a style: `['x', 'api', 'key']` in `title-kebab` is `X-Api-Key`.
 *
 * @example
 * ```ts
 * spell(['api', 'key'], 'camel'); // 'apiKey'
 * ```
 */
export function spell(words: readonly string[], style: KeyStyle): string {
  switch (style) {
    case 'snake':
      return words.join('_');
    case 'kebab':
      return words.join('-');
    case 'camel':
      return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
    case 'pascal':
      return words.map(capitalize).join('');
    case 'upper':
      return words.join('_').toUpperCase();
    case 'upper-kebab':
      return words.join('-').toUpperCase();
    case 'title-kebab':
      return words.map(capitalize).join('-');
    case 'spaces':
      return words.join(' ');
    case 'flat':
      return words.join('');
  }
}

/** Words put before a secret word in generated keys (`new_password`, `x-api-key`, `aws_secret_access_key`). */
const PREFIXES = ['x', 'new', 'old', 'client', 'aws', 'db', 'user', 'refresh', 'Proxy'] as const;
/** Words put after a secret word: none of them describes the secret instead of holding it. */
const SUFFIXES = ['value', 'hash', 'data', 'raw', '2'] as const;

/** A secret key name as generated: the words and the style they are written in. */
export interface SecretKey {
  readonly words: readonly string[];
  readonly style: KeyStyle;
  readonly name: string;
}

/**
 * Secret key names: every secret word (with words before or after it) and every secret name, in
 * every style. Words run together (`newpassword`) only get a prefix, and only for secret words of
 * five letters or more: the only ones recognised glued to another word.
 */
export const secretKeyArb: fc.Arbitrary<SecretKey> = fc
  .record({
    entry: fc.oneof(
      fc.record({ kind: fc.constant('word' as const), name: fc.constantFrom(...SECRET_KEY_WORDS) }),
      fc.record({ kind: fc.constant('name' as const), name: fc.constantFrom(...SECRET_KEY_NAMES) }),
    ),
    prefix: fc.option(fc.constantFrom(...PREFIXES), { nil: undefined }),
    suffix: fc.option(fc.constantFrom(...SUFFIXES), { nil: undefined }),
    style: fc.constantFrom(...KEY_STYLES),
  })
  .map(({ entry, prefix, suffix, style }) => {
    const base = entry.name.split('_');
    let words: string[] = base;
    if (entry.kind === 'word') {
      // Words run together are one word: a secret word is recognised at its end only, and only
      // when it has five letters or more (not in bypass or spin).
      const glued = style === 'flat';
      const withPrefix = prefix !== undefined && (!glued || entry.name.replaceAll('_', '').length >= 5);
      const withSuffix = suffix !== undefined && !glued;
      words = [...(withPrefix ? [prefix.toLowerCase()] : []), ...base, ...(withSuffix ? [suffix] : [])];
    }
    return { words, style, name: spell(words, style) };
  });

/** A random secret: `s3cr3t` and 20 letters and digits. */
export const secretTextArb: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: 20, maxLength: 20 })
  .map((random) => `s3cr3t${random}`);

/** Where one secret is planted. */
export type Planting =
  | { readonly kind: 'field'; readonly key: SecretKey; readonly holder: number; readonly shape: 'string' | 'number' | 'object' | 'array' }
  | { readonly kind: 'query'; readonly field: 'uri' | 'referer'; readonly key: SecretKey; readonly part: '?' | '#'; readonly encodeName: boolean }
  | { readonly kind: 'header'; readonly name: 'Authorization' | 'X-Api-Key' | 'Cookie' | 'Proxy-Authorization' };

const plantingArb: fc.Arbitrary<Planting> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('field' as const), key: secretKeyArb, holder: fc.nat(), shape: fc.constantFrom('string' as const, 'number' as const, 'object' as const, 'array' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('query' as const),
      field: fc.constantFrom('uri' as const, 'referer' as const),
      // A query parameter's name has no spaces: `api key` would be `api+key` or `api%20key`.
      key: secretKeyArb.map((key) => (key.style === 'spaces' ? { ...key, name: key.name.replaceAll(' ', '+') } : key)),
      part: fc.constantFrom('?' as const, '#' as const),
      encodeName: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('header' as const), name: fc.constantFrom('Authorization' as const, 'X-Api-Key' as const, 'Cookie' as const, 'Proxy-Authorization' as const) }) },
);

/** A way to break a layer's JSON text. */
export type Breakage =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'bom' }
  | { readonly kind: 'trailing-comma' }
  | { readonly kind: 'double-encode' }
  | { readonly kind: 'garbage-after'; readonly garbage: string }
  | { readonly kind: 'garbage-before'; readonly garbage: string };

export const breakageArb: fc.Arbitrary<Breakage> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('trailing-comma' as const) }),
  fc.record({ kind: fc.constant('double-encode' as const) }),
  fc.record({ kind: fc.constant('garbage-after' as const), garbage: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('garbage-before' as const), garbage: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) }),
);

/** Applies a breakage to a JSON text. */
export function breakText(text: string, breakage: Breakage): string {
  switch (breakage.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(text.length * breakage.at));
    case 'bom':
      return `\uFEFF${text}`;
    case 'trailing-comma': {
      const last = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
      return last === -1 ? `${text},` : `${text.slice(0, last)},${text.slice(last)}`;
    }
    case 'double-encode':
      return JSON.stringify(text);
    case 'garbage-after':
      return text + breakage.garbage;
    case 'garbage-before':
      return breakage.garbage + text;
  }
}

/** A generated event with secrets planted and some of its JSON texts broken. */
export interface SecretEvent {
  readonly fixture: string;
  readonly secret: string;
  readonly secretNumber: number;
  readonly plantings: readonly Planting[];
  readonly encoding: Encoding;
  readonly breakages: Readonly<Partial<Record<Layer, readonly Breakage[]>>>;
  readonly input: unknown;
}

/** The objects of a tree a field can be added to: envelope, detail, log record, body objects at any depth. */
function holderPaths(tree: JsonObject): TreePath[] {
  const out: TreePath[] = [];
  const stack: [unknown, TreePath][] = [[tree, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) node.forEach((item, index) => stack.push([item, [...path, index]]));
    else if (typeof node === 'object' && node !== null) {
      out.push(path);
      for (const [key, value] of Object.entries(node)) stack.push([value, [...path, key]]);
    }
  }
  return out;
}

/** A name as it may be written in a URL: `_`, `-` and `.` percent-encoded. */
function percentEncodeName(name: string): string {
  return name.replace(/[_\-.]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function plant(tree: JsonObject, planting: Planting, secret: string, secretNumber: number): void {
  const log = getAt(tree, ['detail', 'event']) as JsonObject;
  if (planting.kind === 'field') {
    const holders = holderPaths(tree);
    const holder = getAt(tree, holders[planting.holder % holders.length]!) as JsonObject;
    const value = { string: secret, number: secretNumber, object: { value: secret, note: 'n' }, array: [secret, { value: secret }] }[planting.shape];
    setOwn(holder, planting.key.name, value);
  } else if (planting.kind === 'query') {
    const name = planting.encodeName ? percentEncodeName(planting.key.name) : planting.key.name;
    const before = typeof log[planting.field] === 'string' ? (log[planting.field] as string) : '/v1/auth/tenants';
    const separator = before.includes(planting.part) ? '&' : planting.part;
    log[planting.field] = `${before}${separator}${name}=${secret}&after=1`;
  } else {
    const value = planting.name === 'Cookie' ? `theme=dark; session=${secret}` : planting.name === 'X-Api-Key' ? secret : `Bearer ${secret}`;
    setOwn(log, 'request_headers', `Host: api.example.com\r\n${planting.name}: ${value}\r\nAccept: */*`);
  }
}

/**
 * A fixture event with one to six secrets planted, encoded in any mixture of forms, with zero to
 * three breakages on each of its JSON texts (the whole event, `detail.event`, each body).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(secretEventArb, (event) => !JSON.stringify(redactEvent(event.input)).includes(event.secret)));
 * ```
 */
export const secretEventArb: fc.Arbitrary<SecretEvent> = fc
  .record({
    fixture: fc.constantFrom(...fixtureTrees),
    secret: secretTextArb,
    secretNumber: fc.integer({ min: 1_000_000_000_000, max: Number.MAX_SAFE_INTEGER }),
    plantings: fc.array(plantingArb, { minLength: 1, maxLength: 6 }),
    encoding: encodingArb,
    breakages: fc.record(
      {
        whole: fc.array(breakageArb, { minLength: 1, maxLength: 3 }),
        event: fc.array(breakageArb, { minLength: 1, maxLength: 3 }),
        request_body: fc.array(breakageArb, { minLength: 1, maxLength: 3 }),
        response_body: fc.array(breakageArb, { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ fixture, secret, secretNumber, plantings, encoding, breakages }) => {
    const tree = structuredClone(fixture.tree);
    (getAt(tree, ['detail', 'event']) as JsonObject).api_key = secret;
    for (const planting of plantings) plant(tree, planting, secret, secretNumber);
    // A layer that is broken is sent as text.
    const used: Encoding = {
      whole: encoding.whole || breakages.whole !== undefined,
      log: encoding.log || breakages.event !== undefined,
      request: encoding.request || breakages.request_body !== undefined,
      response: encoding.response || breakages.response_body !== undefined,
    };
    const input = encodeEvent(tree, used, (layer, text) => (breakages[layer] ?? []).reduce(breakText, text));
    return { fixture: fixture.name, secret, secretNumber, plantings, encoding: used, breakages, input };
  });

/**
 * Every string in a value, keys included, and the JSON text of the whole: where a secret must
 * not be found.
 */
export function textsOf(value: unknown): string[] {
  const out: string[] = [JSON.stringify(value) ?? ''];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) stack.push(...(node as unknown[]));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        out.push(key);
        stack.push(item);
      }
    }
  }
  return out;
}

/**
 * The parts of a secret that must not be found: its random part in windows of 10 characters
 * (a secret masked from a point on would still show a window), and the number.
 */
export function secretParts(secret: string, secretNumber: number): string[] {
  const random = secret.slice('s3cr3t'.length);
  const windows: string[] = [];
  for (let start = 0; start + 10 <= random.length; start++) windows.push(random.slice(start, start + 10));
  return [...windows, String(secretNumber).slice(0, 12)];
}
