import { classifyCall } from '../catalogue/classify.js';
import type { OperationEntry } from '../catalogue/operation.js';
import {
  DATE_TIME_MESSAGE,
  DETAIL_FIELDS,
  ENVELOPE_FIELDS,
  ENVELOPE_STRING_FIELDS,
  HTTP_STATUS_MESSAGE,
  LOG_FIELDS,
  LOG_STRING_FIELDS,
  SAASUS_DETAIL_TYPE,
  SAASUS_SOURCE_PREFIX,
  isHttpStatus,
  isSuccessStatus,
  responseShapeName,
} from '../envelope/event-format.js';
import type { SaasusEvent } from '../envelope/types.js';
import { batchKindOf, BATCH_NAMES } from '../delivery/delivery-kind.js';
import { NOT_JSON_DATA, copyLevel } from '../core/copy-json-data.js';
import { INVALID_JSON, decodeJson, isRecord, typeName } from '../core/json.js';
import { IssueCollector, missingSinceMessage } from '../core/issues.js';
import { validatorFor } from '../core/compile-shape.js';
import { isRfc3339DateTime } from '../core/time-format.js';

/**
 * Decodes and validates one raw event, recording every problem in `issues`. Returns the decoded
 * event when no issue was recorded.
 *
 * Object input is copied once, level by level, before it is checked (`copyLevel`: the envelope,
 * `detail` and `detail.event`, and with them, deeply, everything they hold, bodies included), and
 * the copies, with their decoded parts set in place, are what is returned: a result shares no
 * object with the input. What the decoder parsed from a JSON string is already its own data and
 * is not copied.
 */
export function decodeEvent(input: unknown, issues: IssueCollector): SaasusEvent | undefined {
  const parsed = typeof input === 'string';
  const decoded = parsed ? decodeJson(input, issues) : input;
  if (decoded === INVALID_JSON) return undefined;
  if (!isRecord(decoded)) {
    issues.add('invalid_type', `expected an EventBridge event object or its JSON string, received ${typeName(decoded)}`);
    return undefined;
  }
  const raw = parsed ? decoded : copyLevel(decoded, cloneEnvelope, issues, 'detail');
  if (raw === NOT_JSON_DATA) return undefined;

  // Named property reads are what V8 makes fast; the loop over the names only runs to say what
  // is wrong. test/decoder/decode-event.test.ts checks that these reads, and the log's below, are
  // the string fields of the event format.
  const envelopeIsValid =
    typeof raw.version === 'string' &&
    typeof raw.id === 'string' &&
    typeof raw['detail-type'] === 'string' &&
    typeof raw.source === 'string' &&
    typeof raw.account === 'string' &&
    typeof raw.region === 'string';
  if (!envelopeIsValid) {
    const batch = batchKindOf(raw);
    if (batch !== undefined) {
      issues.add('invalid_type', `expected an EventBridge event, received ${BATCH_NAMES[batch]}: parseEvents(input) and createEventHandler(...) unwrap its records`, 'Records');
      return undefined;
    }
    for (const key of ENVELOPE_STRING_FIELDS) requireString(raw, key, issues);
  }
  checkTime(raw, issues);
  checkResources(raw.resources, issues);
  if (raw['replay-name'] !== undefined && typeof raw['replay-name'] !== 'string') {
    issues.add('invalid_type', `expected string, received ${typeName(raw['replay-name'])}`, 'replay-name');
  }
  if (issues.strict) {
    reportUnknownFields(raw, ENVELOPE_FIELDS, issues);
    if (raw['detail-type'] !== SAASUS_DETAIL_TYPE && typeof raw['detail-type'] === 'string') {
      issues.add('unexpected_value', `SaaSus sends "${SAASUS_DETAIL_TYPE}" here`, 'detail-type');
    }
    if (typeof raw.source === 'string' && !raw.source.startsWith(SAASUS_SOURCE_PREFIX)) {
      issues.add('unexpected_value', `SaaSus sources start with "${SAASUS_SOURCE_PREFIX}"`, 'source');
    }
  }

  issues.path.push('detail');
  const detail = decodeDetail(raw.detail, issues, parsed);
  issues.path.pop();

  if (issues.count > 0 || detail === undefined) return undefined;
  raw.detail = detail;
  return raw as unknown as SaasusEvent;
}

/**
 * Decodes and validates an event's `detail` (see {@link decodeEvent}). `parsed` says that the
 * decoder made `input` with `JSON.parse`, so that it need not be copied.
 *
 * The `event_type` of a call of a known operation becomes the operation's canonical name, and
 * the name as received is kept in `received_event_type` (on every decoded detail): SaaSus has
 * published only three names, so the spelling of the others is a guess, and the operation that
 * `request_method` and `uri` identify decides instead.
 */
export function decodeDetail(input: unknown, issues: IssueCollector, parsed = false): Record<string, unknown> | undefined {
  if (!isRecord(input)) {
    issues.add('invalid_type', `expected object, received ${typeName(input)}`);
    return undefined;
  }
  const value = parsed ? input : copyLevel(input, cloneDetail, issues, 'event');
  if (value === NOT_JSON_DATA) return undefined;
  requireString(value, 'event_type', issues);
  requireString(value, 'trace_id', issues);
  if (issues.strict) reportUnknownFields(value, DETAIL_FIELDS, issues);

  issues.path.push('event');
  const log = decodeLog(value.event, issues, parsed);
  issues.path.pop();
  if (log === undefined || typeof value.event_type !== 'string') return undefined;
  const received = value.event_type;
  // A new object of one layout for every event: adding received_event_type to the copy instead
  // made V8 give each copy a layout of its own and doubled the cost of decoding an object.
  const detail: Record<string, unknown> = {
    event_type: validateBodies(received, log, issues) ?? received,
    received_event_type: received,
    trace_id: value.trace_id,
    event: log,
  };
  for (const key in value) {
    if (!Object.hasOwn(detail, key) && Object.hasOwn(value, key)) defineField(detail, key, value[key]);
  }
  return detail;
}

/** Sets a field as data: a key such as `__proto__` must not set the prototype. */
function defineField(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function decodeLog(value: unknown, issues: IssueCollector, parsed: boolean): Record<string, unknown> | undefined {
  const text = typeof value === 'string';
  const decoded = text ? decodeJson(value, issues) : value;
  if (decoded === INVALID_JSON) return undefined;
  if (!isRecord(decoded)) {
    issues.add('invalid_type', `expected object or JSON string of an object, received ${typeName(decoded)}`);
    return undefined;
  }
  // Given as an object, the log is copied with its bodies: the result shares nothing with the input.
  const record = text || parsed ? decoded : copyLevel(decoded, cloneLog, issues);
  if (record === NOT_JSON_DATA) return undefined;
  const logIsValid =
    typeof record.log_id === 'string' &&
    typeof record.date_time === 'string' &&
    typeof record.date === 'string' &&
    typeof record.ttl === 'string' &&
    typeof record.uri === 'string' &&
    typeof record.ip_address === 'string' &&
    typeof record.referer === 'string' &&
    typeof record.request_method === 'string' &&
    typeof record.saas_id === 'string' &&
    typeof record.api_key === 'string';
  if (!logIsValid) for (const key of LOG_STRING_FIELDS) requireString(record, key, issues);
  if (requireString(record, 'http_status', issues) && !isHttpStatus(record.http_status as string)) {
    issues.add('invalid_format', HTTP_STATUS_MESSAGE, 'http_status');
  }
  if (issues.strict) reportUnknownFields(record, LOG_FIELDS, issues);

  const requestBody = decodeBody(record.request_body, 'request_body', issues);
  const responseBody = decodeBody(record.response_body, 'response_body', issues);
  if (requestBody === INVALID_JSON || responseBody === INVALID_JSON) return undefined;
  record.request_body = requestBody;
  record.response_body = responseBody;
  return record;
}

/**
 * A body arrives as JSON data (object form, already the decoder's copy), as a JSON string
 * (string form), or empty.
 */
function decodeBody(value: unknown, key: string, issues: IssueCollector): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  const body = decodeJson(value, issues, key);
  // "null" is how the string form writes a null body: undefined, as in the object form.
  return body === null ? undefined : body;
}

// One spread per level (see copyLevel): each stays monomorphic, as the levels' layouts differ.
const cloneEnvelope = (record: object): Record<string, unknown> => ({ ...record });
const cloneDetail = (record: object): Record<string, unknown> => ({ ...record });
const cloneLog = (record: object): Record<string, unknown> => ({ ...record });

/**
 * Validates the bodies against the operation the call names, and returns that operation's
 * canonical name; `undefined` when the call names no operation of the catalogue.
 */
function validateBodies(eventType: string, log: Record<string, unknown>, issues: IssueCollector): string | undefined {
  if (typeof log.request_method !== 'string' || typeof log.uri !== 'string' || typeof log.http_status !== 'string') return undefined;
  // Without a valid status there is no telling which body schema applies: its issue says enough.
  if (!isHttpStatus(log.http_status)) return undefined;
  const call = classifyCall(eventType, log.request_method, log.uri, log.http_status);
  if (call.kind === 'unknown') {
    if (issues.strict) issues.add('unknown_event_type', 'event_type is not in the SaaSus catalogue', 'event_type');
    return undefined;
  }
  if (call.kind === 'mismatch') {
    if (issues.strict) {
      const found = call.match === undefined ? 'no SaaSus operation' : operationName(call.match.operation);
      issues.add('operation_mismatch', `event_type does not belong to the operation that request_method and uri name (${found})`, 'event_type');
    }
    return undefined;
  }
  const { operation } = call.match;
  if (issues.strict && !operation.eventTypes.includes(eventType)) {
    // Which spelling SaaSus uses is a guess for most operations: CI should see a new one.
    const listed = operation.eventTypes.map((name) => `"${name}"`).join(', ');
    issues.add('unlisted_event_type', `event_type names ${operationName(operation)} in a spelling the catalogue does not list (it lists ${listed})`, 'event_type');
  }
  issues.path.push('event');
  // Strict mode judges what the spec added or removed by the day of the call (only it reads it).
  if (issues.strict && typeof log.date_time === 'string') issues.callDate = log.date_time.slice(0, 10);
  // A failed call may have failed because its request was invalid: only a success vouches for it.
  if (call.kind === 'known') validateRequest(operation, log.request_body, issues);
  validateResponse(operation, log.http_status, log.response_body, issues);
  issues.path.pop();
  return operation.eventTypes[0];
}

function validateRequest(operation: OperationEntry, body: unknown, issues: IssueCollector): void {
  if (operation.request === undefined) return;
  if (body === undefined) {
    if (operation.requestRequired) issues.add('required', `${operationName(operation)} requires a request body`, 'request_body');
    else reportMissingSince(operation, 'request', 'request_body', issues);
    return;
  }
  validateBody(operation, body, operation.request, 'request_body', issues);
}

function validateResponse(operation: OperationEntry, status: string, body: unknown, issues: IssueCollector): void {
  const shapeName = responseShapeName(operation.responses, status);
  if (shapeName === undefined || shapeName === null) return;
  if (body === undefined) {
    // An error status may come without a body; a success whose schema has a body may not,
    // unless earlier versions answered it without one.
    if (!isSuccessStatus(status)) return;
    if (operation.since?.[status] === undefined) issues.add('required', `${operationName(operation)} answers ${status} with a body`, 'response_body');
    else reportMissingSince(operation, status, 'response_body', issues);
    return;
  }
  validateBody(operation, body, shapeName, 'response_body', issues);
}

/** In strict mode, a body that today's spec has but earlier versions did not, missing from a call made since. */
function reportMissingSince(operation: OperationEntry, slot: string, key: string, issues: IssueCollector): void {
  const since = operation.since?.[slot];
  if (issues.strict && since !== undefined && !(issues.callDate! < since)) {
    issues.add('missing_since', missingSinceMessage(since), key);
  }
}

function validateBody(operation: OperationEntry, body: unknown, shapeName: string, key: string, issues: IssueCollector): void {
  const before = issues.count;
  issues.path.push(key);
  validatorFor(shapeName)(body, issues);
  issues.path.pop();
  if (issues.count > before) {
    const name = operationName(operation);
    for (let index = before; index < issues.count; index++) {
      const issue = issues.issues[index]!;
      issues.issues[index] = { ...issue, message: `${issue.message} (${name} ${key})` };
    }
  }
}

function operationName(operation: OperationEntry): string {
  return `${operation.api}.${operation.operationId}`;
}

function requireString(record: Record<string, unknown>, key: string, issues: IssueCollector): boolean {
  const value = record[key];
  if (typeof value === 'string') return true;
  if (value === undefined) issues.add('required', 'required field is missing', key);
  else issues.add('invalid_type', `expected string, received ${typeName(value)}`, key);
  return false;
}

function checkTime(raw: Record<string, unknown>, issues: IssueCollector): void {
  if (requireString(raw, 'time', issues) && !isRfc3339DateTime(raw.time as string)) {
    issues.add('invalid_format', DATE_TIME_MESSAGE, 'time');
  }
}

function checkResources(value: unknown, issues: IssueCollector): void {
  if (value === undefined) {
    issues.add('required', 'required field is missing', 'resources');
    return;
  }
  if (!Array.isArray(value)) {
    issues.add('invalid_type', `expected array, received ${typeName(value)}`, 'resources');
    return;
  }
  for (let index = 0; index < value.length; index++) {
    if (typeof value[index] !== 'string') issues.add('invalid_type', `expected string, received ${typeName(value[index])}`, 'resources', index);
  }
}

function reportUnknownFields(record: Record<string, unknown>, known: readonly string[], issues: IssueCollector): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.add('unknown_field', 'field is not in the SaaSus event format', key);
  }
}
