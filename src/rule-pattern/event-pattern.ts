import { catalogueIndex } from '../catalogue/catalogue.js';
import { SAASUS_PARTNER_SOURCE } from '../envelope/event-format.js';
import type { SaasusEventType } from '../envelope/types.js';

/**
 * An Amazon EventBridge rule event pattern that matches SaaSus events, as plain JSON data.
 *
 * @example
 * ```ts
 * const pattern: SaasusEventPattern = { source: [{ prefix: 'aws.partner/saasus.io' }] };
 * ```
 */
export interface SaasusEventPattern {
  source: { prefix: string }[];
  detail?: { event_type: string[] };
}

/**
 * Options of {@link saasusEventPattern}.
 *
 * @example
 * ```ts
 * const options: SaasusEventPatternOptions = { eventTypes: ['create_tenant', 'delete_tenant'] };
 * ```
 */
export interface SaasusEventPatternOptions {
  /** Match only these event types; every SaaSus event when absent. */
  readonly eventTypes?: readonly SaasusEventType[];
}

/**
 * Builds the EventBridge rule event pattern that matches SaaSus events, for infrastructure code
 * (CloudFormation `EventPattern`, CDK, Terraform). With `eventTypes` the pattern lists those
 * types in `detail.event_type`, each with its known alternative spellings (naming
 * `create_eventbridge_test_event` also matches `create_event_bridge_test_event`), because the
 * spelling SaaSus uses is not documented for every operation. A spelling the catalogue does not
 * list (`createapigateway`), which `parseEvent` still takes for its operation, passes no such
 * rule: EventBridge patterns cannot ignore underscores. Leave `eventTypes` out to receive those.
 *
 * Returns a new object on each call; nothing is computed at import.
 *
 * @throws {RangeError} when an event type is not in the catalogue (only possible from
 * JavaScript or with a cast: TypeScript rejects unknown names), or when `eventTypes` is empty
 * (a rule that matches nothing is a mistake; leave `eventTypes` out to match every event).
 *
 * @example
 * ```ts
 * const pattern = saasusEventPattern({ eventTypes: ['create_tenant'] });
 * // { source: [{ prefix: 'aws.partner/saasus.io' }], detail: { event_type: ['create_tenant'] } }
 * ```
 */
export function saasusEventPattern(options: SaasusEventPatternOptions = {}): SaasusEventPattern {
  const pattern: SaasusEventPattern = { source: [{ prefix: SAASUS_PARTNER_SOURCE }] };
  const { eventTypes } = options;
  if (eventTypes === undefined) return pattern;
  if (eventTypes.length === 0) {
    throw new RangeError('eventTypes is empty: a rule that matches no event type is a mistake; leave it out to match every SaaSus event');
  }
  const { byEventType } = catalogueIndex();
  const names = new Set<string>();
  for (const eventType of eventTypes) {
    const operations = byEventType.get(eventType);
    if (operations === undefined) throw new RangeError(`unknown SaaSus event type "${String(eventType)}"`);
    names.add(eventType);
    for (const operation of operations) for (const name of operation.eventTypes) names.add(name);
  }
  pattern.detail = { event_type: [...names] };
  return pattern;
}
