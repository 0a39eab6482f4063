import { isKnownEventType, parseEvent } from 'saasus-eventbridge';

/**
 * The smallest useful Lambda handler on this library: decode, narrow, read one typed field. It
 * pulls in the whole catalogue, as every `parseEvent` user does.
 *
 * @example
 * ```ts
 * await handler(event); // the created tenant's id, or undefined
 * ```
 */
export const handler = async (input: unknown): Promise<string | undefined> => {
  const event = parseEvent(input);
  if (!isKnownEventType(event)) return undefined;
  switch (event.detail.event_type) {
    case 'create_tenant':
      return event.detail.event.response_body.id;
    default:
      return undefined;
  }
};
