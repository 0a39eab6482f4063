// The README and docs/lambda.md show this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { createEventHandler, getOperation } from 'saasus-eventbridge';

export const handler = createEventHandler(
  {
    create_tenant: async (event) => {
      await onboardTenant(event.detail.event.response_body.id);
    },
    delete_tenant: async (event) => {
      await deleteTenantData(getOperation(event.detail).pathParams.tenant_id);
    },
    create_saas_user: async (event, context) => {
      console.log('user created', { requestId: context.awsRequestId, traceId: event.detail.trace_id });
    },
    // The console's "Send Test", whichever spelling of the name SaaSus sends.
    create_eventbridge_test_event: (event) => {
      console.log('SaaSus test event', { received: event.detail.received_event_type });
    },
  },
  {
    onUnknown: (event) => console.warn('SaaSus event type unknown to this version', event.detail.event_type),
    onFailedCall: (event) => console.info('failed SaaSus call', event.detail.event_type, event.detail.event.http_status),
  },
);

// Stand-ins for the reader's own code.
declare function onboardTenant(id: string): Promise<void>;
declare function deleteTenantData(id: string): Promise<void>;
