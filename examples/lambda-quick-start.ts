// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { getOperation, isFailedCall, isKnownEventType, parseEvent, type ParseOptions } from 'saasus-eventbridge';

// Turn this on first: only your own SaaS's events are valid (anyone allowed to send to your
// queue, topic or bus can send a well-formed SaaSus-shaped event).
const options: ParseOptions = { expect: { saasId: process.env.SAASUS_SAAS_ID! } };

export const handler = async (input: unknown) => {
  const event = parseEvent(input, options); // throws SaasusEventError: Lambda retries, then the DLQ

  if (isFailedCall(event)) return; // a SaaSus call that answered 4xx/5xx
  if (!isKnownEventType(event)) {
    console.warn('SaaSus event type this library does not know yet', event.detail.event_type);
    return;
  }

  switch (event.detail.event_type) {
    case 'create_tenant': {
      const tenant = event.detail.event.response_body; // typed: Tenant
      await onboardTenant(tenant.id, tenant.name);
      break;
    }
    case 'delete_tenant': {
      // For most DELETE and PATCH calls, the ids are only in the path.
      const { tenant_id } = getOperation(event.detail).pathParams;
      await deleteTenantData(tenant_id);
      break;
    }
  }
};

// Stand-ins for the reader's own code.
declare function onboardTenant(id: string, name: string): Promise<void>;
declare function deleteTenantData(id: string): Promise<void>;
