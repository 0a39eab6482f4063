import { describe, expectTypeOf, it } from 'vitest';
import {
  getOperation,
  isFailedCall,
  isKnownEventType,
  isOperation,
  parseEvent,
  type ApiError,
  type KnownSaasusEvent,
  type SaasusEvent,
  type SaasusEventOf,
  type SaasusEventType,
  type SaasusOperationInfo,
} from '../src/index.js';

declare const input: unknown;

describe('narrowing', () => {
  it('narrows detail.event by event_type after isKnownEventType', () => {
    const event = parseEvent(input);
    if (!isKnownEventType(event)) return;
    switch (event.detail.event_type) {
      case 'create_tenant':
        expectTypeOf(event.detail.event.response_body.id).toEqualTypeOf<string>();
        expectTypeOf(event.detail.event.response_body.name).toEqualTypeOf<string>();
        expectTypeOf(event.detail.event.http_status).toEqualTypeOf<'201'>();
        break;
      case 'create_saas_user':
        expectTypeOf(event.detail.event.response_body.email).toEqualTypeOf<string>();
        // Events from before the spec added sign_in_id lack it.
        expectTypeOf(event.detail.event.response_body.sign_in_id).toEqualTypeOf<string | undefined>();
        break;
      case 'create_eventbridge_test_event':
      case 'create_event_bridge_test_event':
        expectTypeOf(event.detail.event.request_body).toEqualTypeOf<undefined>();
        break;
      // @ts-expect-error a misspelled event type does not compile
      case 'create_tennant':
        break;
    }
  });

  it('does not narrow before the check: unknown and failed events have a string event_type', () => {
    const event = parseEvent(input);
    if (event.detail.event_type === 'create_tenant') {
      // @ts-expect-error response_body may be any JSON here
      event.detail.event.response_body.id;
    }
  });

  it('narrows failed calls to the error body', () => {
    const event = parseEvent(input);
    if (isFailedCall(event)) {
      expectTypeOf(event.detail.event.response_body).toEqualTypeOf<ApiError | undefined>();
    }
  });

  it('tells apart the two operations of one event type', () => {
    const event = parseEvent(input);
    if (!isKnownEventType(event) || event.detail.event_type !== 'update_tenant') return;
    expectTypeOf(event.detail.event.uri).toExtend<string>();
    if (isOperation(event, 'auth.UpdateTenant')) {
      expectTypeOf(event.detail.event.uri).toExtend<`/v1/auth/tenants/${string}`>();
      expectTypeOf(getOperation(event).pathParams).toEqualTypeOf<{ tenant_id: string }>();
    }
  });
});

describe('getOperation', () => {
  it('types the path parameters from the narrowed detail', () => {
    const event = parseEvent(input);
    if (!isKnownEventType(event)) return;
    switch (event.detail.event_type) {
      case 'delete_tenant_user_role':
        expectTypeOf(getOperation(event.detail).pathParams).toEqualTypeOf<{
          tenant_id: string;
          user_id: string;
          env_id: string;
          role_name: string;
        }>();
        expectTypeOf(getOperation(event.detail).operationId).toEqualTypeOf<'DeleteTenantUserRole'>();
        break;
    }
  });

  it('may find nothing for an event that is not known', () => {
    const event = parseEvent(input);
    expectTypeOf(getOperation(event)).toEqualTypeOf<SaasusOperationInfo | undefined>();
  });
});

describe('exported types', () => {
  it('SaasusEventOf picks one event type', () => {
    expectTypeOf<SaasusEventOf<'create_tenant'>['detail']['event_type']>().toEqualTypeOf<'create_tenant'>();
    expectTypeOf<SaasusEventOf<'create_tenant'>>().toExtend<KnownSaasusEvent>();
    expectTypeOf<KnownSaasusEvent>().toExtend<SaasusEvent>();
  });

  it('SaasusEventType is a union of literals, not string', () => {
    expectTypeOf<'create_tenant'>().toExtend<SaasusEventType>();
    expectTypeOf<string>().not.toExtend<SaasusEventType>();
    // @ts-expect-error unknown names are not event types
    expectTypeOf<SaasusEventOf<'create_tennant'>>();
  });
});
