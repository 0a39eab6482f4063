import { decodeWithPowertools } from '../competitors/powertools.js';

/**
 * The same handler as `saasus-handler.ts`, written with Powertools' parser and the zod schemas
 * of the published event types.
 *
 * @example
 * ```ts
 * await handler(event); // the created tenant's id, or undefined
 * ```
 */
export const handler = async (input: unknown): Promise<string | undefined> => {
  const event = decodeWithPowertools(input);
  switch (event.detail.event_type) {
    case 'create_tenant':
      return (event.detail.event as { response_body: { id: string } }).response_body.id;
    default:
      return undefined;
  }
};
