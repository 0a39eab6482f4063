import { classifyEvent } from '../catalogue/classify.js';
import type { KnownSaasusEvent, SaasusEvent, SaasusFailedCallEvent } from '../types.js';

/**
 * Narrows a parsed event to the known union: a successful call of an operation the catalogue
 * knows, whose `event_type` matches its method and `uri`. After it, `switch (event.detail.event_type)`
 * narrows every `case`.
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
