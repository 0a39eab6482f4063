import type { SaasusEvent } from '../envelope/types.js';
import { compareEventTime, type StoredTime } from './event-time.js';

/**
 * The key to deduplicate SaaSus events on: the `log_id` of the API call, which stays the same
 * however often the event is delivered. EventBridge delivers at least once, and a retried
 * delivery can come with a new EventBridge `id`, so `id` alone is not enough.
 *
 * @example
 * ```ts
 * if (await seen.has(getDeduplicationKey(event))) return;
 * ```
 */
export function getDeduplicationKey(event: SaasusEvent): string {
  return event.detail.event.log_id;
}

/**
 * What is stored about the last event applied to a record.
 *
 * @example
 * ```ts
 * const stored: AppliedEvent = { time: row.eventTime, key: row.eventKey };
 * ```
 */
export interface AppliedEvent {
  /** The `time` of the last applied event (a `Date`, an RFC 3339 string or epoch milliseconds). */
  readonly time: StoredTime;
  /** Its {@link getDeduplicationKey}. */
  readonly key?: string | null | undefined;
}

/**
 * Decides whether to apply an event to a record, following the SaaSus advice to apply only
 * events newer than what is stored. Events are ordered by `time`, then, within the same second,
 * by {@link getDeduplicationKey} (the call's `log_id`, compared as strings):
 * - `'apply'`: nothing stored yet, or the event is newer;
 * - `'duplicate'`: this very event was applied already (same key);
 * - `'same-second'`: an event of the same second was applied, and this one's key sorts after
 *   the stored one: apply it. `time` has one-second resolution, so the real order of two calls in
 *   the same second is unknown; breaking the tie by key makes every delivery order end in the
 *   same state and never applies an event twice. Where the real order matters, re-read the record
 *   from the SaaSus API instead;
 * - `'stale'`: the event is older than what is stored, or of the same second with a key that
 *   sorts first: skip it.
 *
 * An equal time with no stored key counts as `'same-second'`. A conditional write can make the
 * same decision atomically: see `dynamoDbPutIfNewer` and the SQL recipe in docs/ordering.md.
 *
 * @example
 * ```ts
 * const decision = decideEventOrder(event, row && { time: row.eventTime, key: row.eventKey });
 * if (decision === 'apply' || decision === 'same-second') await save(event);
 * ```
 */
export function decideEventOrder(
  event: SaasusEvent,
  stored: AppliedEvent | null | undefined,
): 'apply' | 'duplicate' | 'same-second' | 'stale' {
  if (stored === null || stored === undefined) return 'apply';
  const key = getDeduplicationKey(event);
  const storedKey = stored.key ?? undefined;
  if (storedKey === key) return 'duplicate';
  const order = compareEventTime(event, stored.time);
  if (order !== 0) return order > 0 ? 'apply' : 'stale';
  return storedKey === undefined || storedKey < key ? 'same-second' : 'stale';
}
