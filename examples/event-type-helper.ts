// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import type { SaasusEventOf } from 'saasus-eventbridge';

async function onTenantCreated(event: SaasusEventOf<'create_tenant'>) {
  await db.insertTenant(event.detail.event.response_body.id);
}

// Stand-ins for the reader's own code.
declare const db: { insertTenant(id: string): Promise<void> };
export { onTenantCreated };
