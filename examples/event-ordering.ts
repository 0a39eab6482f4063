// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { compareEventTime, type SaasusEvent } from 'saasus-eventbridge';

async function applyInOrder(event: SaasusEvent, tenantId: string) {
  const row = await db.findTenant(tenantId);
  const order = compareEventTime(event, row?.eventTime);
  if (order < 0 || (order === 0 && row?.eventId === event.id)) return; // stale, or a duplicate
  await db.saveTenant(tenantId, { eventTime: event.time, eventId: event.id });
}

// Stand-ins for the reader's own code.
declare const db: {
  findTenant(id: string): Promise<{ eventTime: string; eventId: string } | undefined>;
  saveTenant(id: string, row: { eventTime: string; eventId: string }): Promise<void>;
};
export { applyInOrder };
