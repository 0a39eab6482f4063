import type { SaasusEvent } from '../types.js';
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
 * events newer than what is stored:
 * - `'apply'`: nothing stored yet, or the event is newer;
 * - `'duplicate'`: this very event was applied already (same key);
 * - `'same-second'`: another event of the same second was applied; `time` has one-second
 *   resolution, so their order is unknown. Applying it (last writer wins) is right when both
 *   carry the full state; where it matters, re-read the record from the SaaSus API instead;
 * - `'stale'`: the event is older than what is stored: skip it.
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
  if (stored.key !== undefined && stored.key !== null && stored.key === getDeduplicationKey(event)) return 'duplicate';
  const order = compareEventTime(event, stored.time);
  if (order > 0) return 'apply';
  return order === 0 ? 'same-second' : 'stale';
}
