import { SaasusEventError, type SaasusEventIssueCode } from '../errors.js';
import { NOT_JSON_DATA, copyJsonData } from '../core/copy-json-data.js';
import { IssueCollector } from '../core/issues.js';
import { isRecord } from '../core/json.js';
import { hasEventBridgeMarker, recordKindOf } from './delivery-kind.js';

type PathSegment = string | number;
type Json = Record<string, unknown>;

/**
 * One event as it arrived: the EventBridge event (an object or a JSON string) and where it sat
 * in the Lambda input.
 */
export interface DeliveredRecord {
  /** Position of the record in the batch, 0 for a lone event. */
  readonly index: number;
  /** SQS `messageId` (or SNS `MessageId`): what a partial batch response names. */
  readonly messageId: string | undefined;
  /** Path of the EventBridge event inside the Lambda input, e.g. `['Records', 2, 'body']`. */
  readonly path: readonly PathSegment[];
  /** The EventBridge event, or `undefined` when it could not be unwrapped (see `problem`). */
  readonly payload: unknown;
  /** Why the record could not be unwrapped, with paths from the Lambda input; never quotes the record. */
  readonly problem?: SaasusEventError;
}

/**
 * How a Lambda input delivers SaaSus events:
 * - `eventbridge`: the EventBridge event itself, or its JSON string;
 * - `sqs`: an SQS batch whose message bodies are EventBridge events, or SNS notifications of them;
 * - `sns`: an SNS event whose messages are EventBridge events;
 * - `unknown`: `Records` that are not an SQS batch or an SNS event, or that cannot be read: every
 *   record (or the input as one record) has a problem.
 */
export interface Delivery {
  readonly kind: 'eventbridge' | 'sqs' | 'sns' | 'unknown';
  /** An SQS FIFO queue: records must be handled in order, and one failure holds back the rest. */
  readonly fifo: boolean;
  readonly records: readonly DeliveredRecord[];
}

const SQS_MARKER = 'expected an SQS record (eventSource "aws:sqs") like the first record of the batch';
const SNS_MARKER = 'expected an SNS record (EventSource "aws:sns") like the first record of the batch';
const NO_MARKER = 'expected an SQS record (eventSource "aws:sqs") or an SNS record (EventSource "aws:sns")';

/**
 * Finds the EventBridge events in whatever a Lambda function was invoked with. Deliveries are told
 * apart by their own markers: an EventBridge event by `detail-type`, `detail` or `source`, an SQS
 * record by `eventSource: "aws:sqs"`, an SNS record by `EventSource: "aws:sns"`. Input that is
 * none of them is never dropped: it is a record with a problem, or one invalid event.
 *
 * Every record of `Records` is read once into a plain-data copy (see `copyJsonData`), so a
 * getter or proxy that throws, or a record that is not JSON data, fails that record alone.
 */
export function unwrapDelivery(input: unknown): Delivery {
  const value = typeof input === 'string' ? parseOrKeep(input) : input;
  if (!holdsRecords(value)) return { kind: 'eventbridge', fifo: false, records: [{ index: 0, messageId: undefined, path: [], payload: input }] };

  let listed: unknown;
  try {
    listed = value.Records;
    if (!Array.isArray(listed)) return unknownInput('invalid_type', `${NO_MARKER}: Records is not a list`);
  } catch {
    return unknownInput('unreadable_input', 'the input could not be read as JSON data');
  }
  const copies = copyRecords(listed);
  if (!Array.isArray(copies)) return copies;
  if (copies.length === 0) return unknownInput('invalid_type', `${NO_MARKER}: Records is empty`);

  let kind: 'sqs' | 'sns' | undefined;
  let marked: unknown;
  for (const copy of copies) {
    kind = copy instanceof UnreadableRecord ? undefined : recordKindOf(copy);
    marked = copy;
    if (kind !== undefined) break;
  }
  const records = copies.map((copy, index) => {
    if (copy instanceof UnreadableRecord) return failedWith(index, copy.messageId, copy.error);
    if (kind === 'sqs') return unwrapSqsRecord(copy, index);
    if (kind === 'sns') return unwrapSnsRecord(copy, index);
    return failed(index, undefined, ['Records', index], NO_MARKER);
  });
  if (kind === undefined) return { kind: 'unknown', fifo: false, records };
  // Every record of a batch comes from the same queue: the first marked one says which.
  const fifo = kind === 'sqs' && isRecord(marked) && typeof marked.eventSourceARN === 'string' && marked.eventSourceARN.endsWith('.fifo');
  return { kind, fifo, records };
}

/** An object with its own `Records` and no EventBridge marker; anything unreadable here is left to `parseEvent`. */
function holdsRecords(value: unknown): value is Json {
  try {
    return isRecord(value) && !hasEventBridgeMarker(value) && Object.hasOwn(value, 'Records');
  } catch {
    return false;
  }
}

/** A record of `Records` that is not JSON data or could not be read: it fails alone. */
class UnreadableRecord {
  constructor(
    readonly error: SaasusEventError,
    readonly messageId: string | undefined,
  ) {}
}

/**
 * Each record of `Records` as plain data, or why it fails alone; or, when the list itself
 * cannot be read or has a hole, the delivery that fails the whole input.
 */
function copyRecords(listed: unknown[]): unknown[] | Delivery {
  let length: number;
  try {
    length = listed.length;
  } catch {
    return unknownInput('unreadable_input', 'the input could not be read as JSON data');
  }
  const copies: unknown[] = [];
  for (let index = 0; index < length; index++) {
    const issues = new IssueCollector(false);
    issues.path.push('Records', index);
    let record: unknown;
    let copy: unknown = NOT_JSON_DATA;
    try {
      record = listed[index];
      // A hole is not JSON data; the first one fails the input, so a huge sparse length costs nothing.
      if (record === undefined && !(index in listed)) {
        return unknownInput('invalid_type', 'expected JSON data, received an array with a hole', index);
      }
      copy = copyJsonData(record, issues);
    } catch {
      issues.add('unreadable_input', 'the record could not be read as JSON data');
    }
    copies.push(copy === NOT_JSON_DATA ? new UnreadableRecord(new SaasusEventError(issues.issues, issues.omitted), readMessageId(record)) : copy);
  }
  return copies;
}

/** The message id of a record that could not be copied, when it can be read: a batch response names it. */
function readMessageId(record: unknown): string | undefined {
  try {
    if (!isRecord(record)) return undefined;
    if (typeof record.messageId === 'string') return record.messageId;
    return snsMessageId(record.Sns);
  } catch {
    return undefined;
  }
}

function unwrapSqsRecord(record: unknown, index: number): DeliveredRecord {
  if (!isRecord(record)) return failed(index, undefined, ['Records', index], 'expected an SQS record object');
  const messageId = typeof record.messageId === 'string' ? record.messageId : undefined;
  if (record.eventSource !== 'aws:sqs') return failed(index, messageId, ['Records', index, 'eventSource'], SQS_MARKER);
  const path = ['Records', index, 'body'];
  if (typeof record.body !== 'string') return failed(index, messageId, path, 'expected the SQS message body as a string');
  const body = parseOrKeep(record.body);
  // An SNS topic between EventBridge and SQS wraps the event, unless raw message delivery is on.
  if (isRecord(body) && body.Type === 'Notification' && Object.hasOwn(body, 'Message')) {
    if (typeof body.Message !== 'string') return failed(index, messageId, [...path, 'Message'], 'expected the SNS message as a string');
    return { index, messageId, path: [...path, 'Message'], payload: body.Message };
  }
  return { index, messageId, path, payload: record.body };
}

function unwrapSnsRecord(record: unknown, index: number): DeliveredRecord {
  if (!isRecord(record)) return failed(index, undefined, ['Records', index], 'expected an SNS record object');
  if (record.EventSource !== 'aws:sns') return failed(index, snsMessageId(record.Sns), ['Records', index, 'EventSource'], SNS_MARKER);
  const sns = record.Sns;
  if (!isRecord(sns)) return failed(index, undefined, ['Records', index, 'Sns'], 'expected an SNS record with Sns');
  const messageId = snsMessageId(sns);
  if (typeof sns.Message !== 'string') return failed(index, messageId, ['Records', index, 'Sns', 'Message'], 'expected the SNS message as a string');
  return { index, messageId, path: ['Records', index, 'Sns', 'Message'], payload: sns.Message };
}

function snsMessageId(sns: unknown): string | undefined {
  return isRecord(sns) && typeof sns.MessageId === 'string' ? sns.MessageId : undefined;
}

function unknownInput(code: SaasusEventIssueCode, message: string, ...extra: PathSegment[]): Delivery {
  const path = ['Records', ...extra];
  return { kind: 'unknown', fifo: false, records: [failedWith(0, undefined, new SaasusEventError([{ code, path, message }]), path)] };
}

function failed(index: number, messageId: string | undefined, path: PathSegment[], problem: string): DeliveredRecord {
  return failedWith(index, messageId, new SaasusEventError([{ code: 'invalid_type', path, message: problem }]), path);
}

function failedWith(index: number, messageId: string | undefined, problem: SaasusEventError, path: readonly PathSegment[] = ['Records', index]): DeliveredRecord {
  return { index, messageId, path, payload: undefined, problem };
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
