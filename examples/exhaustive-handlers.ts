// docs/lambda.md shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { createEventHandler, type AllEventHandlers, type EventHandlers } from 'saasus-eventbridge';

// Only the event types this service cares about…
const handlers = {
  create_tenant: async (event) => onboardTenant(event.detail.event.response_body.id),
} satisfies EventHandlers;

export const handler = createEventHandler(handlers);

// …or every event type: `satisfies AllEventHandlers` makes the compiler name each one that has no
// handler. Here all but create_tenant have none, and tsc prints:
//   error TS1360: Type '{ create_tenant: … }' does not satisfy the expected type 'AllEventHandlers'.
//     Type '{ create_tenant: … }' is missing the following properties from type 'AllEventHandlers':
//     get_active_users, update_active_users, get_aggregated_metrics, get_page_statistics, and 204 more.
// With one left, it names that one: Property 'delete_tenant' is missing in type '{ … }' but
// required in type 'AllEventHandlers'.
// @ts-expect-error: remove it once every event type has a handler
const everyHandler = { ...handlers } satisfies AllEventHandlers;

// Stand-ins for the reader's own code.
declare function onboardTenant(id: string): Promise<void>;
export { everyHandler };
