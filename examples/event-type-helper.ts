// The README and docs/parsing.md show this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { isEventType, parseEvent, type SaasusEventOf } from 'saasus-eventbridge';

async function onTenantCreated(event: SaasusEventOf<'create_tenant'>) {
  await db.insertTenant(event.detail.event.response_body.id);
}

export const handler = async (input: unknown) => {
  const event = parseEvent(input);
  // Narrows the whole event, not only event.detail, so it can be passed on.
  if (isEventType(event, 'create_tenant')) await onTenantCreated(event);
};

// Stand-ins for the reader's own code.
declare const db: { insertTenant(id: string): Promise<void> };
export { onTenantCreated };
