/**
 * fast-check arbitraries for hostile and broken SaaSus events, shared by the property tests in
 * `test/hostile/` and by `scripts/fuzz.ts`.
 *
 * Events are built from the fixtures as a decoded "tree" (the 2023 object form: `detail.event`
 * and its bodies as JSON values), mutated as a tree, then encoded into the form that is sent
 * (any mixture of object and JSON-string layers), and finally, optionally, broken as text.
 * A random secret is planted in `api_key` and in every string and number of the bodies, so that
 * a check can prove it never reaches an error.
 */
import fc from 'fast-check';
import { catalogueIndex, shapeNamed } from '../../src/catalogue/catalogue.js';
import { LOG_FIELDS, isSuccessStatus } from '../../src/envelope/event-format.js';
import { eventTypes } from '../../src/catalogue/event-types.js';
import { primitiveShape, refShape } from '../../src/catalogue/build-shape.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { visitShape } from '../../src/catalogue/visit-shape.js';
import { loadFixtures, toObjectForm } from './fixtures.js';

type JsonObject = Record<string, unknown>;
/** A path into an event tree: object keys and array indexes. */
export type TreePath = readonly (string | number)[];

const ALPHANUMERIC = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
/** Keys that a careless decoder would turn into prototype pollution. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an own, enumerable property, even for `__proto__` (where `object[key] = value` would set
 * the prototype instead): the same property `JSON.parse` creates.
 *
 * @example
 * ```ts
 * const object = setOwn({}, '__proto__', { polluted: true });
 * Object.getPrototypeOf(object) === Object.prototype; // true
 * ```
 */
export function setOwn<T extends object>(object: T, key: string, value: unknown): T {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

// ---------------------------------------------------------------------------------------------
// Secrets

/** A recognisable random secret: a string for `api_key` and body strings, an integer for body numbers. */
export interface Secrets {
  readonly text: string;
  readonly number: number;
}

/**
 * Random secrets: `s3cr3t` and 20 random letters and digits, and an integer of 13 to 16 digits.
 * Neither can appear in an error message by chance.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(secretsArb, (secrets) => secrets.text.startsWith('s3cr3t')));
 * ```
 */
export const secretsArb: fc.Arbitrary<Secrets> = fc.record({
  text: fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 20, maxLength: 20 }).map((random) => `s3cr3t${random}`),
  number: fc.integer({ min: 1_000_000_000_000, max: Number.MAX_SAFE_INTEGER }),
});

/** The texts whose appearance in an error would be a leak. */
export function secretTexts(secrets: Secrets): string[] {
  return [secrets.text, String(secrets.number)];
}

/** Replaces every string of a JSON value by the secret text and every number by the secret number. */
function plantInValue(value: unknown, secrets: Secrets): unknown {
  if (typeof value === 'string') return secrets.text;
  if (typeof value === 'number') return secrets.number;
  if (Array.isArray(value)) return value.map((item) => plantInValue(item, secrets));
  if (isRecord(value)) {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) setOwn(copy, key, plantInValue(item, secrets));
    return copy;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Fixture trees

/** A fixture decoded to a tree: `detail.event` and non-empty bodies as JSON values. */
export interface FixtureTree {
  readonly name: string;
  readonly tree: JsonObject;
}

function decodeTree(event: JsonObject): JsonObject {
  const tree = toObjectForm(event);
  const log = (tree.detail as JsonObject).event as JsonObject;
  // An empty body stays "" (how SaaSus sends one); the encoder leaves strings as they are.
  for (const key of ['request_body', 'response_body']) if (log[key] === null) log[key] = '';
  return tree;
}

/**
 * Every fixture (published samples and one per SaaSus operation), decoded to a tree. Each one
 * parses as published.
 */
export const fixtureTrees: readonly FixtureTree[] = [...loadFixtures('samples'), ...loadFixtures('operations')].map(({ name, event }) => ({ name, tree: decodeTree(event) }));

/**
 * A copy of a fixture tree with the secret planted in `api_key` and in every string and number
 * of both bodies. The event stays valid: formats and enum values are not checked by default.
 */
export function plantSecrets(tree: JsonObject, secrets: Secrets): JsonObject {
  const detail = tree.detail as JsonObject;
  const log = detail.event as JsonObject;
  const planted: JsonObject = { ...log, api_key: secrets.text };
  for (const key of ['request_body', 'response_body']) {
    if (log[key] !== '' && log[key] !== undefined) planted[key] = plantInValue(log[key], secrets);
  }
  return { ...tree, detail: { ...detail, event: planted } };
}

// ---------------------------------------------------------------------------------------------
// Encoding: which layers are sent as JSON strings

/** Which layers of an event are sent as JSON strings (`true`) rather than as values. */
export interface Encoding {
  readonly whole: boolean;
  readonly log: boolean;
  readonly request: boolean;
  readonly response: boolean;
}

/** A layer of an event that can be a JSON string. */
export type Layer = 'whole' | 'event' | 'request_body' | 'response_body';

/** Both published forms and every mixture, as a whole object or as a JSON string. */
export const encodingArb: fc.Arbitrary<Encoding> = fc.record({
  whole: fc.boolean(),
  log: fc.boolean(),
  request: fc.boolean(),
  response: fc.boolean(),
});

/** A shallow copy with the same prototype and own keys (an own "__proto__" stays an own key). */
function copyRecord(value: JsonObject): JsonObject {
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as JsonObject;
  for (const key of Object.keys(value)) setOwn(copy, key, value[key]);
  return copy;
}

/**
 * Encodes an event tree as it would be sent. Strings in layer positions are sent as they are
 * (they already are text); other values are JSON-encoded where `encoding` asks for it.
 * `onLayer` may rewrite each layer's text (to truncate or pad it).
 *
 * @example
 * ```ts
 * const stringForm = encodeEvent(tree, { whole: false, log: true, request: true, response: true });
 * ```
 */
export function encodeEvent(tree: unknown, encoding: Encoding, onLayer?: (layer: Layer, text: string) => string): unknown {
  const text = (layer: Layer, value: unknown, asString: boolean): unknown => {
    if (!asString || typeof value === 'string' || value === undefined) return value;
    const encoded = JSON.stringify(value);
    return onLayer === undefined ? encoded : onLayer(layer, encoded);
  };
  if (!isRecord(tree)) return text('whole', tree, encoding.whole);
  const envelope = copyRecord(tree);
  if (isRecord(envelope.detail)) {
    const detail = copyRecord(envelope.detail);
    setOwn(envelope, 'detail', detail);
    if (isRecord(detail.event)) {
      const log = copyRecord(detail.event);
      if (Object.hasOwn(log, 'request_body')) log.request_body = text('request_body', log.request_body, encoding.request);
      if (Object.hasOwn(log, 'response_body')) log.response_body = text('response_body', log.response_body, encoding.response);
      setOwn(detail, 'event', text('event', log, encoding.log));
    }
  }
  return text('whole', envelope, encoding.whole);
}

// ---------------------------------------------------------------------------------------------
// Valid events

/** One generated event with the secrets planted in it. */
export interface GeneratedEvent {
  readonly fixture: string;
  /** The decoded event tree (object form). */
  readonly tree: JsonObject;
  readonly encoding: Encoding;
  /** What is given to the decoder. */
  readonly input: unknown;
  readonly secrets: Secrets;
}

/**
 * A valid event from the fixtures, in any form, with secrets planted in `api_key` and the bodies.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validEventArb, ({ input }) => safeParseEvent(input).success));
 * ```
 */
export const validEventArb: fc.Arbitrary<GeneratedEvent> = fc
  .record({ fixture: fc.constantFrom(...fixtureTrees), secrets: secretsArb, encoding: encodingArb })
  .map(({ fixture, secrets, encoding }) => {
    const tree = plantSecrets(fixture.tree, secrets);
    return { fixture: fixture.name, tree, encoding, input: encodeEvent(tree, encoding), secrets };
  });

// ---------------------------------------------------------------------------------------------
// Paths into a tree

function logOf(tree: JsonObject): JsonObject | undefined {
  const detail = tree.detail;
  return isRecord(detail) && isRecord(detail.event) ? detail.event : undefined;
}

/** Every node below `value`, as paths starting with `prefix` (iterative: values may be deep). */
function nodePaths(value: unknown, prefix: TreePath): TreePath[] {
  const out: TreePath[] = [];
  const stack: [unknown, TreePath][] = [[value, prefix]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        out.push([...path, index]);
        stack.push([item, [...path, index]]);
      });
    } else if (isRecord(node)) {
      for (const key of Object.keys(node)) {
        out.push([...path, key]);
        stack.push([node[key], [...path, key]]);
      }
    }
  }
  return out;
}

/** Where in an event a mutation lands. */
export type Level = 'envelope' | 'detail' | 'event' | 'body';

/** The paths of the nodes of one level of a tree; the envelope's keys when the level is absent. */
export function pathsAt(tree: JsonObject, level: Level): TreePath[] {
  const keys = (value: unknown, prefix: TreePath): TreePath[] => (isRecord(value) ? Object.keys(value).map((key) => [...prefix, key]) : []);
  let paths: TreePath[] = [];
  if (level === 'detail') paths = keys(tree.detail, ['detail']);
  else if (level === 'event') paths = keys(logOf(tree), ['detail', 'event']);
  else if (level === 'body') {
    const log = logOf(tree);
    if (log !== undefined) {
      paths = [
        ...nodePaths(log.request_body, ['detail', 'event', 'request_body']),
        ...nodePaths(log.response_body, ['detail', 'event', 'response_body']),
      ];
    }
  }
  return paths.length > 0 ? paths : keys(tree, []);
}

/** The value at a path, or `undefined`. */
export function getAt(tree: unknown, path: TreePath): unknown {
  let node = tree;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function parentOf(tree: JsonObject, path: TreePath): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  const parent = getAt(tree, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return undefined;
  return { parent: parent as Record<string | number, unknown>, key: path[path.length - 1]! };
}

// ---------------------------------------------------------------------------------------------
// Tree mutations

/** A mutation of an event tree. `pick` chooses one of the nodes at `level`. */
export type TreeMutation =
  | { readonly kind: 'remove'; readonly level: Level; readonly pick: number }
  | { readonly kind: 'set'; readonly level: Level; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'rename'; readonly level: Level; readonly pick: number; readonly name: string }
  | { readonly kind: 'add'; readonly level: Level; readonly pick: number; readonly name: string; readonly value: unknown }
  | { readonly kind: 'event_type'; readonly value: string };

/** Strings that have broken parsers before: escapes, surrogates, numbers, paths, JSON. */
export const hostileStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uFEFF',
    '\u2028',
    '"',
    '\\',
    '{}',
    '[]',
    'null',
    '0',
    '-1',
    '1e999',
    'NaN',
    '%',
    '%E0%A4%A',
    '/v1/auth/tenants?x=%ZZ',
    '//',
    '/v1/auth/users/count',
    '/v1/auth/tenants/%2F..%2F',
    'post',
    '__proto__',
    'constructor',
    'toString',
    '2026-02-30T00:00:00Z',
    '2026-05-19T02:22:58+24:00',
    '0000-01-01T00:00:00Z',
    '099',
    '600',
    ' 200',
    '2000',
    '２００',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

/** Values of every JSON type, and a few that strain the decoder: long strings, long and deep arrays. */
export const replacementValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 201, [], {}, ''), weight: 3 },
  { arbitrary: hostileStringArb, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.nat({ max: 20_000 }).map((length) => 'x'.repeat(length)), weight: 1 },
  {
    arbitrary: fc.tuple(fc.nat({ max: 5_000 }), fc.constantFrom<unknown>(1, 'a', null, {}, [])).map(([length, item]) => Array.from({ length }, () => item)),
    weight: 1,
  },
  {
    arbitrary: fc.nat({ max: 500 }).map((depth) => {
      let value: unknown = [];
      for (let level = 0; level < depth; level++) value = [value];
      return value;
    }),
    weight: 1,
  },
);

/**
 * Names for unknown fields: fresh names, and the prototype keys.
 *
 * @example
 * ```ts
 * fc.sample(unknownKeyArb, 3); // e.g. ['x_new_Qa1', '__proto__', 'x_new_z']
 * ```
 */
export const unknownKeyArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 1, maxLength: 12 }).map((suffix) => `x_new_${suffix}`),
  fc.constantFrom(...PROTOTYPE_KEYS, 'hasOwnProperty', 'toString', 'valueOf'),
);

/** Small JSON values as they survive a trip through JSON text (no `-0`). */
export const jsonDataArb: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** Names to rename a field to: near misses of real names, other real names, unknown names. */
const renameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LOG_FIELDS, 'apiKey', 'API_KEY', 'eventType', 'Detail', 'detail ', 'Time', 'event', 'detail'),
  unknownKeyArb,
);

const levelArb: fc.Arbitrary<Level> = fc.constantFrom('envelope', 'detail', 'event', 'body');

/** One mutation of an event tree: a field removed, retyped, nulled, renamed or added, or a new `event_type`. */
export const treeMutationArb: fc.Arbitrary<TreeMutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), level: levelArb, pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), level: levelArb, pick: fc.nat(), value: replacementValueArb }),
  fc.record({ kind: fc.constant('set' as const), level: levelArb, pick: fc.nat(), value: fc.constant(null) }),
  fc.record({ kind: fc.constant('rename' as const), level: levelArb, pick: fc.nat(), name: renameArb }),
  fc.record({ kind: fc.constant('add' as const), level: levelArb, pick: fc.nat(), name: unknownKeyArb, value: jsonDataArb }),
  fc.record({
    kind: fc.constant('event_type' as const),
    value: fc.oneof(fc.constantFrom(...eventTypes), fc.constantFrom('', 'CREATE_TENANT', ...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty'), fc.string()),
  }),
);

/** Applies a mutation to a tree in place. */
export function applyTreeMutation(tree: JsonObject, mutation: TreeMutation): void {
  if (mutation.kind === 'event_type') {
    if (isRecord(tree.detail)) tree.detail.event_type = mutation.value;
    return;
  }
  const paths = pathsAt(tree, mutation.level);
  if (mutation.kind === 'add') {
    // Add to the object that holds the picked node (or the envelope).
    const holders = [[] as TreePath, ...paths].filter((path) => isRecord(getAt(tree, path)));
    const holder = getAt(tree, holders[mutation.pick % holders.length]!) as JsonObject;
    setOwn(holder, mutation.name, mutation.value);
    return;
  }
  if (paths.length === 0) return;
  const found = parentOf(tree, paths[mutation.pick % paths.length]!);
  if (found === undefined) return;
  const { parent, key } = found;
  if (mutation.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mutation.kind === 'set') {
    setOwn(parent, String(key), mutation.value);
  } else if (!Array.isArray(parent) && key !== mutation.name) {
    setOwn(parent, mutation.name, parent[key]);
    delete parent[key];
  }
}

// ---------------------------------------------------------------------------------------------
// Text mutations

/** A mutation of one layer's JSON text. */
export interface TextMutation {
  readonly layer: Layer;
  readonly kind: 'truncate' | 'double_encode' | 'pad_whitespace' | 'pad_junk';
  /** Where to cut, as a fraction of the length. */
  readonly at: number;
  readonly padding: string;
}

/** Truncation, double encoding, and padding with JSON whitespace or with junk. */
export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  layer: fc.constantFrom<Layer>('whole', 'event', 'request_body', 'response_body'),
  kind: fc.constantFrom<TextMutation['kind']>('truncate', 'double_encode', 'pad_whitespace', 'pad_junk'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  padding: fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), minLength: 1, maxLength: 8 }),
});

/** Applies a text mutation to a layer's text. Whitespace padding keeps it valid JSON. */
export function applyTextMutation(text: string, mutation: TextMutation): string {
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(text.length * mutation.at));
    case 'double_encode':
      return JSON.stringify(text);
    case 'pad_whitespace':
      return `${mutation.padding}${text}${mutation.padding}`;
    case 'pad_junk':
      return mutation.at < 0.5 ? `${text}}` : `\uFEFF${text}`;
  }
}

function forceLayer(encoding: Encoding, layer: Layer): Encoding {
  switch (layer) {
    case 'whole':
      return { ...encoding, whole: true };
    case 'event':
      return { ...encoding, log: true };
    case 'request_body':
      return { ...encoding, request: true };
    case 'response_body':
      return { ...encoding, response: true };
  }
}

/** A generated event broken by tree mutations and, maybe, a text mutation. */
export interface MutatedEvent extends GeneratedEvent {
  readonly mutations: readonly TreeMutation[];
  readonly textMutation: TextMutation | undefined;
}

/**
 * A valid event from the fixtures with one to three tree mutations and, half of the time, one
 * of its JSON texts truncated, doubly encoded or padded. Any outcome is allowed; the checks are
 * that decoding holds its promises.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(mutatedEventArb, ({ input }) => { safeParseEvent(input); }));
 * ```
 */
export const mutatedEventArb: fc.Arbitrary<MutatedEvent> = fc
  .record({
    fixture: fc.constantFrom(...fixtureTrees),
    secrets: secretsArb,
    encoding: encodingArb,
    mutations: fc.array(treeMutationArb, { minLength: 1, maxLength: 3 }),
    textMutation: fc.option(textMutationArb, { nil: undefined }),
  })
  .map(({ fixture, secrets, encoding, mutations, textMutation }) => {
    const tree = structuredClone(plantSecrets(fixture.tree, secrets));
    for (const mutation of mutations) applyTreeMutation(tree, mutation);
    const used = textMutation === undefined ? encoding : forceLayer(encoding, textMutation.layer);
    const input = encodeEvent(tree, used, (layer, text) => (layer === textMutation?.layer ? applyTextMutation(text, textMutation) : text));
    return { fixture: fixture.name, tree, encoding: used, input, secrets, mutations, textMutation };
  });

/**
 * A valid event whose JSON texts are all padded with JSON whitespace: it must decode exactly as
 * the unpadded event.
 */
export const paddedEventArb = fc
  .record({ event: validEventArb, padding: fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), minLength: 1, maxLength: 4 }) })
  .map(({ event, padding }) => ({
    ...event,
    padded: encodeEvent(event.tree, event.encoding, (_layer, text) => `${padding}${text}${padding}`),
  }));

// ---------------------------------------------------------------------------------------------
// Unknown fields

/**
 * An object of a valid tree where an unknown field may be added. `reported`: strict mode reports
 * a field added there (an object whose schema lists its properties), rather than accepting it
 * (an object that takes any further property, or a value the decoder does not validate).
 */
export interface OpenObject {
  readonly path: TreePath;
  readonly reported: boolean;
}

/** Where, in a body, an unknown field may be added without breaking a valid event. */
function openObjectPaths(value: unknown, shape: Shape, path: TreePath, out: OpenObject[]): void {
  visitShape<void>(shape, {
    primitive: (type) => {
      if (type !== 'unknown') return;
      for (const nodePath of [[] as TreePath, ...nodePaths(value, [])]) {
        if (isRecord(getAt(value, nodePath))) out.push({ path: [...path, ...nodePath], reported: false });
      }
    },
    enum: () => undefined,
    anyOf: () => undefined,
    ref: (name) => openObjectPaths(value, shapeNamed(name), path, out),
    nullable: (inner) => openObjectPaths(value, inner, path, out),
    array: (items) => {
      if (Array.isArray(value)) value.forEach((item, index) => openObjectPaths(item, items, [...path, index], out));
    },
    object: (properties, _required, rest) => {
      if (!isRecord(value)) return;
      // An object whose further properties must have a type (a map of strings) is not open.
      if (rest === undefined || rest.k === 'u') out.push({ path, reported: rest === undefined });
      for (const [key, item] of Object.entries(value)) {
        const propertyShape = Object.hasOwn(properties, key) ? properties[key] : rest;
        if (propertyShape !== undefined) openObjectPaths(item, propertyShape, [...path, key], out);
      }
    },
  });
}

const UNKNOWN: Shape = primitiveShape('unknown');

/** The body shapes the decoder validates a tree's bodies against (`unknown` where it does not). */
function bodyShapes(tree: JsonObject): { request: Shape; response: Shape } {
  const log = logOf(tree)!;
  const eventType = (tree.detail as JsonObject).event_type as string;
  const match = catalogueIndex().match(log.request_method as string, log.uri as string);
  if (match === undefined || !match.operation.eventTypes.includes(eventType)) return { request: UNKNOWN, response: UNKNOWN };
  const { operation } = match;
  const status = log.http_status as string;
  let response = operation.responses[status];
  if (response === undefined) {
    response = Object.entries(operation.responses).find(([listed]) => isSuccessStatus(listed) === isSuccessStatus(status))?.[1];
  }
  return {
    request: operation.request === undefined ? UNKNOWN : refShape(operation.request),
    response: response === undefined || response === null ? UNKNOWN : refShape(response),
  };
}

/** The objects of a valid tree where an unknown field may be added: envelope, detail, log record, open body objects. */
export function openObjects(tree: JsonObject): OpenObject[] {
  const log = logOf(tree)!;
  const out: OpenObject[] = [
    { path: [], reported: true },
    { path: ['detail'], reported: true },
    { path: ['detail', 'event'], reported: true },
  ];
  const { request, response } = bodyShapes(tree);
  openObjectPaths(log.request_body, request, ['detail', 'event', 'request_body'], out);
  openObjectPaths(log.response_body, response, ['detail', 'event', 'response_body'], out);
  return out;
}

/** A field added to a valid event. */
export interface AddedField {
  readonly path: TreePath;
  readonly name: string;
  readonly value: unknown;
  /** Whether strict mode reports it as an `unknown_field`. */
  readonly reported: boolean;
}

/** A valid event with unknown fields added to its envelope, detail, log record and open body objects. */
export interface ExtendedEvent extends GeneratedEvent {
  readonly added: readonly AddedField[];
}

/**
 * A valid event with one to five unknown fields (fresh names and the prototype keys) added
 * anywhere the SaaSus format allows new fields: the envelope, `detail`, `detail.event`, and
 * body objects whose schema does not type further properties.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(extendedEventArb, ({ input }) => safeParseEvent(input).success));
 * ```
 */
export const extendedEventArb: fc.Arbitrary<ExtendedEvent> = fc
  .record({
    event: validEventArb,
    additions: fc.array(fc.record({ pick: fc.nat(), name: unknownKeyArb, value: jsonDataArb }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ event, additions }) => {
    const tree = structuredClone(event.tree);
    const holders = openObjects(tree);
    const added: AddedField[] = [];
    for (const { pick, name, value } of additions) {
      const { path, reported } = holders[pick % holders.length]!;
      const holder = getAt(tree, path) as JsonObject;
      if (Object.hasOwn(holder, name)) continue;
      setOwn(holder, name, value);
      added.push({ path, name, value, reported });
    }
    return { ...event, tree, added, input: encodeEvent(tree, event.encoding) };
  });

// ---------------------------------------------------------------------------------------------
// Arbitrary input

const anyValueArb = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileStringArb);

/** A log record with the right keys and arbitrary values (some right). */
const logLikeArb = fc.record(
  {
    ...Object.fromEntries(LOG_FIELDS.map((key) => [key, fc.oneof(anyValueArb, fc.constant('201'), fc.constant('/v1/auth/tenants'), fc.constant('POST'))])),
  },
  { requiredKeys: [] },
);

/** An envelope with the right keys and arbitrary values, down to the log record. */
export const envelopeLikeArb = fc.record(
  {
    version: anyValueArb,
    id: anyValueArb,
    'detail-type': anyValueArb,
    source: anyValueArb,
    account: anyValueArb,
    time: fc.oneof(anyValueArb, fc.constant('2026-05-19T02:22:58Z')),
    region: anyValueArb,
    resources: fc.oneof(anyValueArb, fc.array(anyValueArb, { maxLength: 3 })),
    'replay-name': anyValueArb,
    detail: fc.oneof(
      anyValueArb,
      fc.record(
        {
          event_type: fc.oneof(anyValueArb, fc.constantFrom(...eventTypes)),
          trace_id: anyValueArb,
          event: fc.oneof(anyValueArb, logLikeArb, logLikeArb.map((log) => JSON.stringify(log))),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/**
 * Arbitrary input: JSON values, strings, JSON texts, envelope-like objects, and (flagged
 * `json: false`) values JSON cannot hold: `undefined`, bigints, dates, maps, null-prototype
 * objects, sparse arrays.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryInputArb, ({ input }) => { safeParseEvent(input); }));
 * ```
 */
export const arbitraryInputArb: fc.Arbitrary<{ readonly input: unknown; readonly json: boolean }> = fc.oneof(
  fc.jsonValue().map((input) => ({ input, json: true })),
  fc.string({ unit: 'binary' }).map((input) => ({ input, json: true })),
  fc.json().map((input) => ({ input, json: true })),
  envelopeLikeArb.map((input) => ({ input, json: true })),
  envelopeLikeArb.map((input) => ({ input: JSON.stringify(input), json: true })),
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    })
    .map((input) => ({ input, json: false })),
);

// ---------------------------------------------------------------------------------------------
// Prototype keys

/** An event carrying prototype keys: as own keys (what `JSON.parse` makes) or as real prototypes (what `{ __proto__: x }` makes). */
export interface PrototypeEvent extends GeneratedEvent {
  /** `own-key`: an own `__proto__`, `constructor` or `prototype` key; `prototype`: an object's prototype replaced. */
  readonly kind: 'own-key' | 'prototype';
  readonly holder: TreePath;
}

const pollutingValueArb = fc.constantFrom<unknown>({ polluted: true }, { isAdmin: true, api_key: 'leak' }, { toString: 'x' }, null, 'polluted', [1]);

/**
 * A valid event with a prototype key at a random object (envelope, `detail`, log record or any
 * body object): an own `__proto__` / `constructor` / `prototype` property, or the object's
 * prototype set to one carrying `polluted` and copies of the object's own fields.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(prototypeEventArb, ({ input }) => { safeParseEvent(input); }));
 * ```
 */
export const prototypeEventArb: fc.Arbitrary<PrototypeEvent> = fc
  .record({
    event: validEventArb,
    kind: fc.constantFrom<PrototypeEvent['kind']>('own-key', 'prototype'),
    pick: fc.nat(),
    key: fc.constantFrom(...PROTOTYPE_KEYS),
    value: pollutingValueArb,
  })
  .map(({ event, kind, pick, key, value }) => {
    const tree = structuredClone(event.tree);
    const holders = [[] as TreePath, ...nodePaths(tree, [])].filter((path) => isRecord(getAt(tree, path)));
    const holder = holders[pick % holders.length]!;
    const target = getAt(tree, holder) as JsonObject;
    if (kind === 'own-key') setOwn(target, key, value);
    else Object.setPrototypeOf(target, { polluted: true, ...target });
    // A replaced prototype only survives where the layer is sent as an object.
    return { ...event, tree, kind, holder, input: encodeEvent(tree, event.encoding) };
  });
