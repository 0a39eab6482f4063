import { isRecord } from '../core/json.js';

/** A Lambda input that holds `Records` instead of being an EventBridge event. */
export type BatchKind = 'sqs' | 'sns' | 'records';

/** How messages name each batch kind. */
export const BATCH_NAMES: Readonly<Record<BatchKind, string>> = {
  sqs: 'an SQS batch',
  sns: 'an SNS event',
  records: 'a Records list that is neither an SQS batch nor an SNS event',
};

/**
 * Whether an object has a field of its own that only an EventBridge event has at its root
 * (`detail-type`, `detail`, `source`). An EventBridge event that also carries a `Records` field
 * is still an EventBridge event.
 */
export function hasEventBridgeMarker(value: Record<string, unknown>): boolean {
  return Object.hasOwn(value, 'detail-type') || Object.hasOwn(value, 'detail') || Object.hasOwn(value, 'source');
}

/** The delivery a record of `Records` names by its own marker: SQS `eventSource`, SNS `EventSource`. */
export function recordKindOf(record: unknown): 'sqs' | 'sns' | undefined {
  if (!isRecord(record)) return undefined;
  if (record.eventSource === 'aws:sqs') return 'sqs';
  if (record.EventSource === 'aws:sns') return 'sns';
  return undefined;
}

/**
 * What a plain-data object delivers when it is not an EventBridge event but holds `Records`:
 * the kind of the first record with a marker, or `records` when none has one. `undefined` for
 * everything else (an EventBridge event, or an object without `Records`).
 */
export function batchKindOf(value: Record<string, unknown>): BatchKind | undefined {
  if (hasEventBridgeMarker(value) || !Object.hasOwn(value, 'Records')) return undefined;
  const records = value.Records;
  if (Array.isArray(records)) {
    for (const record of records) {
      const kind = recordKindOf(record);
      if (kind !== undefined) return kind;
    }
  }
  return 'records';
}
