import { classifyEvent } from './classify.js';
import type { KnownSaasusEvent, SaasusEvent, SaasusEventOf, SaasusEventType, SaasusFailedCallEvent } from '../envelope/types.js';

/**
 * Narrows a parsed event to the known union: a successful call of an operation the catalogue
 * knows, whose `event_type` names the operation its method and `uri` identify. After it,
 * `switch (event.detail.event_type)` narrows every `case`: one `case` per operation, under its
 * canonical name, whatever spelling arrived.
 *
 * It is `false` for event types the library does not know yet (SaaSus adds operations) and for
 * failed calls (see {@link isFailedCall}), so that a `case` never sees an error body.
 *
 * @example
 * ```ts
 * const event = parseEvent(input);
 * if (!isKnownEventType(event)) {
 *   logger.warn('unhandled SaaSus event', { eventType: event.detail.event_type });
 *   return;
 * }
 * switch (event.detail.event_type) {
 *   case 'create_tenant':
 *     return onboard(event.detail.event.response_body.id);
 * }
 * ```
 */
export function isKnownEventType(event: SaasusEvent): event is KnownSaasusEvent {
  return classifyEvent(event).kind === 'known';
}

/**
 * Narrows a parsed event, the whole event and not only `event.detail`, to the successful calls
 * of the operation (or the two operations, for `update_tenant` and the other shared names) that
 * `name` belongs to, so that it can be passed to a function that takes `SaasusEventOf<name>`.
 *
 * `true` for any name of that operation, canonical or alternative spelling, whichever spelling
 * arrived; `false` for a failed call (see {@link isFailedCall}), for another operation and for
 * an event the catalogue does not know. A name the catalogue does not list does not compile.
 *
 * @example
 * ```ts
 * async function onTenantCreated(event: SaasusEventOf<'create_tenant'>) {
 *   await db.insertTenant(event.detail.event.response_body.id);
 * }
 *
 * const event = parseEvent(input);
 * if (isEventType(event, 'create_tenant')) await onTenantCreated(event);
 * ```
 */
export function isEventType<EventType extends SaasusEventType>(event: SaasusEvent, name: EventType): event is SaasusEventOf<EventType> {
  const call = classifyEvent(event);
  return call.kind === 'known' && call.match.operation.eventTypes.includes(name);
}

/**
 * Narrows a parsed event to a failed call (`http_status` not 2xx) of a known operation, whose
 * `response_body` is the SaaSus error body (`{ type, message }`) or `undefined`.
 *
 * @example
 * ```ts
 * if (isFailedCall(event)) {
 *   logger.info('SaaSus call failed', { status: event.detail.event.http_status, type: event.detail.event.response_body?.type });
 *   return;
 * }
 * ```
 */
export function isFailedCall(event: SaasusEvent): event is SaasusFailedCallEvent {
  return classifyEvent(event).kind === 'failed';
}
