// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { createEventHandler, type AllEventHandlers, type EventHandlers } from 'saasus-eventbridge';

// Only the event types this service cares about…
const handlers = {
  create_tenant: async (event) => onboardTenant(event.detail.event.response_body.id),
} satisfies EventHandlers;

// …or every event type: the compiler lists each one without a handler.
type Missing = Exclude<keyof AllEventHandlers, keyof typeof handlers>;

export const handler = createEventHandler(handlers);

// Stand-ins for the reader's own code.
declare function onboardTenant(id: string): Promise<void>;
export type { Missing };
