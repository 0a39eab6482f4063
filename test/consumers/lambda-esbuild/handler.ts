// A Lambda handler bundled with esbuild, as most Lambda deployments are: the bundle must run
// without node_modules, and, since it uses only the decoder, must not contain zod.
import { getTraceId, isKnownEventType, parseEvent } from 'saasus-eventbridge';

/** What the handler found in the event. */
export interface HandlerResult {
  readonly tenantId: string;
  readonly traceId: string | undefined;
}

/** Handles a SaaSus create_tenant event; throws on anything else, so that Lambda retries. */
export const handler = async (input: unknown): Promise<HandlerResult> => {
  const event = parseEvent(input);
  if (!isKnownEventType(event) || event.detail.event_type !== 'create_tenant') {
    throw new Error('Lambda consumer: expected a create_tenant event');
  }
  return { tenantId: event.detail.event.response_body.id, traceId: getTraceId(event) };
};
