// The package's declarations with the application's zod: they must compile against that zod's
// declarations (skipLibCheck off), and the package's schemas must compose with the
// application's. Type-checked when the check runs with a real zod release (--zod-tarball).
import { z } from 'zod';
import { SaasusEventSchema, getEventSchema, jsonBody } from 'saasus-eventbridge/zod';

const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });

/** A message of the application that carries a SaaSus event. */
export type Message = z.infer<typeof Message>;

/** The tenant id of a create_tenant event, through the event type's schema. */
export function createdTenantId(input: unknown): string {
  return getEventSchema('create_tenant').parse(input).detail.event.response_body.id;
}

const Body = jsonBody(z.looseObject({ id: z.string() }), { optional: true });

/** The id of a JSON-string body, through the package's building block. */
export function bodyId(input: unknown): string | undefined {
  const body = Body.parse(input);
  // @ts-expect-error `id` is a string. If the package's types did not resolve (any), this line would compile.
  const notANumber: number | undefined = body?.id;
  void notANumber;
  return body?.id;
}

/** The event_type of a message: a string whichever kind of event it carries. */
export function eventTypeOf(message: Message): string {
  return message.event.detail.event_type;
}
