import { isRecord } from '../core/json.js';
import { parseRfc3339 } from '../core/time-format.js';

/**
 * A stored time to compare an event with: a `Date`, an RFC 3339 / ISO 8601 string, or epoch
 * milliseconds. `null` and `undefined` mean that nothing is stored yet.
 *
 * @example
 * ```ts
 * const stored: StoredTime = row?.saasus_event_time ?? null;
 * ```
 */
export type StoredTime = Date | string | number | null | undefined;

/**
 * Compares an event's `time` with a stored time: `-1` when the event is older, `0` when the times
 * are equal, `1` when the event is newer or nothing is stored.
 *
 * EventBridge's `time` has one-second resolution, so two calls made in the same second compare
 * equal (`0`), and a redelivered event compares equal to itself. To apply only strictly newer
 * events, use {@link isNewerThan}; to order events of the same second too, and to tell a
 * redelivery (which may come with a new `id`) from another call, use `decideEventOrder`, which
 * also compares the calls' `log_id`.
 *
 * @param event a raw or parsed event (only its `time` is read).
 * @throws {TypeError} when the event has no valid `time`, or `stored` is not a valid time.
 *
 * @example
 * ```ts
 * if (compareEventTime(event, row?.updatedAt) <= 0) return; // stale or duplicate: skip
 * ```
 */
export function compareEventTime(event: unknown, stored: StoredTime): -1 | 0 | 1 {
  const eventMillis = getEventTime(event);
  if (stored === null || stored === undefined) return 1;
  const storedMillis = storedTimeMillis(stored);
  return eventMillis < storedMillis ? -1 : eventMillis > storedMillis ? 1 : 0;
}

/**
 * Whether an event's `time` is strictly newer than a stored time (`compareEventTime(...) > 0`);
 * `true` when nothing is stored.
 *
 * @example
 * ```ts
 * if (isNewerThan(event, row?.updatedAt)) await save(event);
 * ```
 */
export function isNewerThan(event: unknown, stored: StoredTime): boolean {
  return compareEventTime(event, stored) > 0;
}

/**
 * Reads an event's `time` as epoch milliseconds, from a raw (object or JSON string) or parsed event.
 *
 * @throws {TypeError} when there is no valid `time`.
 *
 * @example
 * ```ts
 * await db.put({ id: tenantId, updatedAt: getEventTime(event) });
 * ```
 */
export function getEventTime(event: unknown): number {
  let value = event;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new TypeError('event is a string that is not JSON');
    }
  }
  const time = isRecord(value) ? value.time : undefined;
  const millis = typeof time === 'string' ? parseRfc3339(time) : undefined;
  if (millis === undefined) throw new TypeError('event.time is missing or not an RFC 3339 date-time');
  return millis;
}

function storedTimeMillis(stored: Date | string | number): number {
  let millis: number | undefined;
  if (stored instanceof Date) millis = stored.getTime();
  else if (typeof stored === 'number') millis = stored;
  else if (typeof stored === 'string') millis = parseRfc3339(stored);
  if (millis === undefined || !Number.isFinite(millis)) {
    throw new TypeError('stored time is not a valid Date, RFC 3339 string or epoch milliseconds');
  }
  return millis;
}
