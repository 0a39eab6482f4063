/**
 * The promises decoding keeps for any input, checked on one input at a time. Shared by the
 * property tests in this folder and by `scripts/fuzz.ts`; a broken promise throws an
 * `InvariantError` saying which.
 */
import { inspect, isDeepStrictEqual } from 'node:util';
import { SaasusEventError, parseEvent, safeParseEvent, type SaasusEvent, type SafeParseResult } from '../../src/index.js';

/** The issue codes `SaasusEventIssueCode` lists. */
export const ISSUE_CODES: ReadonlySet<string> = new Set([
  'invalid_type',
  'required',
  'invalid_json',
  'invalid_format',
  'no_matching_shape',
  'unreadable_input',
  'unknown_field',
  'unknown_event_type',
  'unknown_enum_value',
  'unexpected_value',
  'operation_mismatch',
  'unlisted_event_type',
  'unexpected_origin',
  'missing_since',
  'removed_field',
  'undeclared_null',
]);

/** The most issues an error keeps (the decoder drops the rest and counts them in the message). */
export const MAX_KEPT_ISSUES = 100;

const LOG_STRINGS = ['log_id', 'date_time', 'date', 'ttl', 'http_status', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id', 'api_key'];

/** A broken promise. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** What to check besides the promises that hold for every input. */
export interface CheckOptions {
  /** Texts that must never appear in an error (the planted `api_key` and body values). */
  readonly secrets?: readonly string[];
  /**
   * The input is JSON data (what `JSON.parse` gives, or its text): then the input must come back
   * unchanged, as `JSON.stringify` shows it (other input, such as a `Map`, is not compared).
   */
  readonly json?: boolean;
  /** The input must parse in default (non-strict) mode. */
  readonly expectValid?: boolean;
}

/** The outcome of the default-mode decoding of a checked input. */
export interface Outcome {
  readonly lenient: SafeParseResult;
  readonly strict: SafeParseResult;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the decoder sees an object at the root (a string is decoded first). */
function rootIsObject(input: unknown): boolean {
  if (typeof input !== 'string') return isRecord(input);
  try {
    return isRecord(JSON.parse(input));
  } catch {
    return false;
  }
}

function snapshot(input: unknown): string | undefined {
  try {
    return typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    return undefined; // too deep for JSON.stringify: not compared
  }
}

const prototypeKeys = (): string[] => Reflect.ownKeys(Object.prototype).map(String).sort();
const standardPrototypeKeys = prototypeKeys();

/** Object.prototype is as it was, and a fresh object inherits nothing unexpected. */
export function checkPrototypeUntouched(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'api_key', 'detail', 'isAdmin', 'x']) {
    if (probe[key] !== undefined) fail(`Object.prototype was polluted: ({}).${key} is defined`);
  }
  if (!isDeepStrictEqual(prototypeKeys(), standardPrototypeKeys)) fail('Object.prototype gained or lost a key');
}

/**
 * A decoded event is plain JSON data: every object has the standard prototype (`Object.prototype`
 * for objects, `Array.prototype` for arrays), every field is an own enumerable data property, and
 * every value is a string, a finite number, a boolean, `null`, or (only for the two bodies)
 * `undefined`; arrays have no holes. Walks iteratively, so a deep body cannot overflow the stack;
 * an object reached twice is walked once.
 */
export function checkPrototypes(event: SaasusEvent): void {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[event, '(root)']];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    if (value === undefined && /\.detail\.event\.(request|response)_body$/.test(where)) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) fail(`the result holds a non-finite number at ${where}`);
    if (!['string', 'number', 'boolean', 'object'].includes(typeof value)) fail(`the result holds a ${typeof value} at ${where}`);
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const expected = Array.isArray(value) ? Array.prototype : Object.prototype;
    if (Object.getPrototypeOf(value) !== expected) fail(`the result object at ${where} has an unexpected prototype`);
    if (Array.isArray(value) && Object.keys(value).length !== value.length) fail(`the result array at ${where} has holes`);
    // Symbol-keyed fields are the documented exception (a spread carries them over; JSON never sees them).
    for (const key of Object.getOwnPropertyNames(value)) {
      if (Array.isArray(value) && key === 'length') continue;
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      if (!descriptor.enumerable || !('value' in descriptor)) fail(`the result object at ${where} has a field that JSON cannot carry`);
      stack.push([descriptor.value, `${where}.${String(key)}`]);
    }
  }
}

/** Every object reachable from `root` by own enumerable fields, or `undefined` when a getter or proxy refuses to be read. */
function objectsOf(root: unknown): Set<object> | undefined {
  const found = new Set<object>();
  const stack: unknown[] = [root];
  try {
    while (stack.length > 0) {
      const value = stack.pop();
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null || found.has(value)) continue;
      found.add(value);
      for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
    }
  } catch {
    return undefined;
  }
  return found;
}

/** A result shares no object with its input: changing one never changes the other. */
export function checkNoSharing(event: SaasusEvent, input: unknown): void {
  const inputObjects = objectsOf(input);
  if (inputObjects === undefined) return;
  for (const object of objectsOf(event) ?? []) {
    if (inputObjects.has(object)) fail('the result shares an object with the input');
  }
}

function checkIssues(error: SaasusEventError, rootObject: boolean): void {
  const { issues } = error;
  if (!Array.isArray(issues) || issues.length === 0) fail('a failed parse has no issues');
  if (issues.length > MAX_KEPT_ISSUES) fail(`an error keeps ${issues.length} issues, more than ${MAX_KEPT_ISSUES}`);
  for (const issue of issues) {
    if (!ISSUE_CODES.has(issue.code)) fail(`unknown issue code ${String(issue.code)}`);
    if (!Array.isArray(issue.path)) fail(`issue ${issue.code} has no path array`);
    if (!(issue.path as readonly unknown[]).every((segment) => typeof segment === 'string' || typeof segment === 'number')) fail(`issue ${issue.code} has a path segment that is neither string nor number`);
    // Only the whole input can be wrong at the root; a problem inside an object names its field.
    if (issue.path.length === 0 && rootObject && issue.code !== 'unreadable_input') fail(`issue ${issue.code} (${issue.message}) of an object input has an empty path`);
    if (typeof issue.message !== 'string' || issue.message === '') fail(`issue ${issue.code} has no message`);
  }
}

function checkNoSecrets(error: SaasusEventError, secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  const texts = {
    message: error.message,
    toString: String(error),
    'JSON.stringify': JSON.stringify(error),
    issues: JSON.stringify(error.issues),
    stack: error.stack ?? '',
    inspect: inspect(error, { depth: 5 }),
  };
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) if (text.includes(secret)) fail(`a secret value appears in the error's ${where}`);
  }
}

function checkResult(event: SaasusEvent, input: unknown): void {
  const log = event.detail.event as unknown as Record<string, unknown>;
  for (const key of LOG_STRINGS) if (typeof log[key] !== 'string') fail(`a parsed event has a ${typeof log[key]} ${key}`);
  if (!/^[1-5]\d\d$/.test(event.detail.event.http_status)) fail('a parsed event has an http_status out of range');
  for (const key of ['request_body', 'response_body']) {
    if (log[key] === '' || log[key] === null) fail(`a parsed event has ${JSON.stringify(log[key])} as ${key} instead of undefined`);
  }
  checkNoSharing(event, input);
  checkPrototypes(event);
}

function decodeBoth(input: unknown, strict: boolean): SafeParseResult {
  let result: SafeParseResult;
  try {
    result = safeParseEvent(input, { strict });
  } catch (error) {
    fail(`safeParseEvent threw ${(error as Error)?.name ?? typeof error}`);
  }
  let thrown: unknown;
  let parsed: SaasusEvent | undefined;
  try {
    parsed = parseEvent(input, { strict });
  } catch (error) {
    thrown = error;
  }
  if (thrown !== undefined) {
    if (!(thrown instanceof SaasusEventError) || thrown.name !== 'SaasusEventError') fail(`parseEvent threw ${(thrown as Error)?.name ?? typeof thrown}, not a SaasusEventError`);
    if (result.success) fail('parseEvent threw where safeParseEvent succeeded');
    if (!isDeepStrictEqual(thrown.issues, result.error.issues)) fail('parseEvent and safeParseEvent report different issues');
  } else {
    if (!result.success) fail('parseEvent returned where safeParseEvent failed');
    if (!isDeepStrictEqual(parsed, result.data)) fail('parseEvent and safeParseEvent return different events');
  }
  return result;
}

/**
 * Decodes `input` in both modes and checks every promise: `safeParseEvent` never throws,
 * `parseEvent` throws only `SaasusEventError` and agrees with it; issues have codes, paths and
 * messages; no secret reaches an error; decoding is deterministic; results have standard
 * prototypes and well-typed log fields; the input is not modified; `Object.prototype` is untouched.
 *
 * @throws {InvariantError} naming the broken promise.
 */
export function checkDecoding(input: unknown, options: CheckOptions = {}): Outcome {
  const before = options.json === true ? snapshot(input) : undefined;
  const rootObject = rootIsObject(input);
  const outcome: Partial<Record<'lenient' | 'strict', SafeParseResult>> = {};
  for (const mode of ['lenient', 'strict'] as const) {
    const first = decodeBoth(input, mode === 'strict');
    const second = safeParseEvent(input, { strict: mode === 'strict' });
    if (first.success !== second.success) fail(`decoding the same input twice (${mode}) succeeded once and failed once`);
    if (first.success) {
      if (!isDeepStrictEqual(first.data, second.data)) fail(`decoding the same input twice (${mode}) gave different events`);
      checkResult(first.data, input);
    } else {
      if (!isDeepStrictEqual(first.error.issues, second.error!.issues) || first.error.message !== second.error!.message) {
        fail(`decoding the same input twice (${mode}) gave different issues`);
      }
      checkIssues(first.error, rootObject);
      checkNoSecrets(first.error, options.secrets ?? []);
    }
    outcome[mode] = first;
  }
  if (options.expectValid === true && !outcome.lenient!.success) {
    fail(`a valid event failed to parse: ${outcome.lenient!.error!.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join('; ')}`);
  }
  if (outcome.lenient!.success === false && outcome.strict!.success === true) fail('strict mode accepted what default mode rejected');
  if (before !== undefined && snapshot(input) !== before) fail('decoding modified its input');
  checkPrototypeUntouched();
  return outcome as Outcome;
}
