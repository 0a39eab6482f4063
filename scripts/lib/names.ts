/**
 * Naming rules shared by the generator: API order and prefixes, `event_type` derivation, and the
 * global names a generated type must not shadow.
 */

/**
 * Priority of the SaaSus APIs when two of them define a component of the same name with different
 * content: the first API keeps the plain name. auth and pricing come first (the most used APIs),
 * the legacy stripe API last, the others alphabetically in between.
 */
export const API_PRIORITY: readonly string[] = [
  'auth',
  'pricing',
  'analysis',
  'apigateway',
  'apilog',
  'awsmarketplace',
  'billing',
  'communication',
  'integration',
  'stripe',
];

/** PascalCase of each API name, used to prefix a component name that two APIs define differently. */
const API_PASCAL: Readonly<Record<string, string>> = {
  auth: 'Auth',
  pricing: 'Pricing',
  analysis: 'Analysis',
  apigateway: 'ApiGateway',
  apilog: 'ApiLog',
  awsmarketplace: 'AwsMarketplace',
  billing: 'Billing',
  communication: 'Communication',
  integration: 'Integration',
  stripe: 'Stripe',
};

export function apiRank(api: string): number {
  const i = API_PRIORITY.indexOf(api);
  return i === -1 ? API_PRIORITY.length : i;
}

export function compareApis(a: string, b: string): number {
  return apiRank(a) - apiRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function apiPascal(api: string): string {
  return API_PASCAL[api] ?? api.charAt(0).toUpperCase() + api.slice(1);
}

/**
 * `event_type` as SaaSus derives it: snake_case of the operationId, except that "EventBridge" stays
 * one word (`CreateEventBridgeTestEvent` -> `create_eventbridge_test_event`).
 */
export function canonicalEventType(operationId: string): string {
  return snakeCase(operationId.replace(/EventBridge/g, 'Eventbridge'));
}

export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * Component names that must be renamed because they would shadow a global name of JavaScript,
 * TypeScript's standard library or the DOM (where a consumer's code refers to them unqualified).
 */
export const GLOBAL_RENAMES: Readonly<Record<string, string>> = {
  Error: 'ApiError',
  Comment: 'FeedbackComment',
};

/**
 * Global names of JavaScript, TypeScript's lib and the DOM/Node that a generated type name must
 * not take. A component hitting one of these and absent from {@link GLOBAL_RENAMES} fails the
 * generation, so that a person picks the new name.
 */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set([
  // ECMAScript
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array',
  'Float64Array', 'Function', 'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl',
  'Iterator', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError',
  'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol',
  'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet',
  // TypeScript lib types
  'ArrayLike', 'Awaited', 'Capitalize', 'ConstructorParameters', 'Exclude', 'Extract',
  'InstanceType', 'Iterable', 'IterableIterator', 'Lowercase', 'NoInfer', 'NonNullable', 'Omit',
  'Parameters', 'Partial', 'Pick', 'PromiseLike', 'PropertyKey', 'Readonly', 'ReadonlyArray',
  'Record', 'Required', 'ReturnType', 'TemplateStringsArray', 'ThisType', 'Uncapitalize',
  'Uppercase',
  // DOM and Node globals
  'AbortController', 'AbortSignal', 'Attr', 'Audio', 'Blob', 'Buffer', 'Cache', 'CacheStorage',
  'Clipboard', 'Comment', 'Console', 'Credential', 'Crypto', 'CustomEvent', 'Document', 'Element',
  'Event', 'EventTarget', 'File', 'FormData', 'Geolocation', 'Headers', 'History', 'Image',
  'Location', 'Lock', 'MessageEvent', 'Navigator', 'Node', 'Notification', 'Option',
  'Performance', 'Permissions', 'Plugin', 'Range', 'ReadableStream', 'Report', 'Request',
  'Response', 'Screen', 'Selection', 'Storage', 'Text', 'TextDecoder', 'TextEncoder', 'URL',
  'URLSearchParams', 'WebSocket', 'Window', 'Worker', 'WritableStream',
]);

/** Whether `name` can be written as a bare object key / identifier. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
