import { isRecord } from '../decoder/issues.js';

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
  readonly path: readonly (string | number)[];
  /** The EventBridge event, or `undefined` when it could not be unwrapped (see `problem`). */
  readonly payload: unknown;
  /** Why the record could not be unwrapped; never quotes the record. */
  readonly problem?: string;
}

/**
 * How a Lambda input delivers SaaSus events:
 * - `eventbridge`: the EventBridge event itself, or its JSON string;
 * - `sqs`: an SQS batch whose message bodies are EventBridge events, or SNS notifications of them;
 * - `sns`: an SNS event whose messages are EventBridge events.
 */
export interface Delivery {
  readonly kind: 'eventbridge' | 'sqs' | 'sns';
  /** An SQS FIFO queue: records must be handled in order, and one failure holds back the rest. */
  readonly fifo: boolean;
  readonly records: readonly DeliveredRecord[];
}

/**
 * Finds the EventBridge events in whatever a Lambda function was invoked with.
 */
export function unwrapDelivery(input: unknown): Delivery {
  const value = typeof input === 'string' ? parseOrKeep(input) : input;
  if (!isRecord(value) || !Array.isArray(value.Records)) {
    return { kind: 'eventbridge', fifo: false, records: [{ index: 0, messageId: undefined, path: [], payload: input }] };
  }
  const records = value.Records as unknown[];
  const first = records[0];
  if (isRecord(first) && first.EventSource === 'aws:sns') {
    return { kind: 'sns', fifo: false, records: records.map(unwrapSnsRecord) };
  }
  const fifo = isRecord(first) && typeof first.eventSourceARN === 'string' && first.eventSourceARN.endsWith('.fifo');
  return { kind: 'sqs', fifo, records: records.map(unwrapSqsRecord) };
}

function unwrapSqsRecord(record: unknown, index: number): DeliveredRecord {
  const path = ['Records', index, 'body'];
  if (!isRecord(record)) return failed(index, undefined, ['Records', index], 'expected an SQS record object');
  const messageId = typeof record.messageId === 'string' ? record.messageId : undefined;
  if (typeof record.body !== 'string') return failed(index, messageId, path, 'expected the SQS message body as a string');
  const body = parseOrKeep(record.body);
  // An SNS topic between EventBridge and SQS wraps the event, unless raw message delivery is on.
  if (isRecord(body) && body.Type === 'Notification' && 'Message' in body) {
    if (typeof body.Message !== 'string') return failed(index, messageId, [...path, 'Message'], 'expected the SNS message as a string');
    return { index, messageId, path: [...path, 'Message'], payload: body.Message };
  }
  return { index, messageId, path, payload: record.body };
}

function unwrapSnsRecord(record: unknown, index: number): DeliveredRecord {
  const sns = isRecord(record) ? record.Sns : undefined;
  if (!isRecord(sns)) return failed(index, undefined, ['Records', index, 'Sns'], 'expected an SNS record with Sns');
  const messageId = typeof sns.MessageId === 'string' ? sns.MessageId : undefined;
  if (typeof sns.Message !== 'string') return failed(index, messageId, ['Records', index, 'Sns', 'Message'], 'expected the SNS message as a string');
  return { index, messageId, path: ['Records', index, 'Sns', 'Message'], payload: sns.Message };
}

function failed(index: number, messageId: string | undefined, path: (string | number)[], problem: string): DeliveredRecord {
  return { index, messageId, path, payload: undefined, problem };
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
