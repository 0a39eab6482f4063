import { describe, expectTypeOf, it } from 'vitest';
import {
  getOperation,
  isEventType,
  isFailedCall,
  isKnownEventType,
  isOperation,
  parseEvent,
  type ApiError,
  type KnownSaasusEvent,
  type SaasusCanonicalEventType,
  type SaasusEvent,
  type SaasusEventOf,
  type SaasusEventType,
  type SaasusOperationDetail,
  type SaasusOperationEvent,
  type SaasusOperationInfo,
  type SaasusOperations,
  type UpdateAllowedIpsParam,
} from '../../src/index.js';

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
        // Events from before the spec added sign_in_id (2026-02-16) lack it; an optional field may be null.
        expectTypeOf(event.detail.event.response_body.sign_in_id).toEqualTypeOf<string | null | undefined>();
        break;
      case 'create_eventbridge_test_event':
        expectTypeOf(event.detail.event.request_body).toEqualTypeOf<undefined>();
        expectTypeOf(event.detail.received_event_type).toEqualTypeOf<string>();
        break;
      // @ts-expect-error one case per operation: event_type holds the canonical name, not the spelling received
      case 'create_event_bridge_test_event':
        break;
      case 'create_api_gateway':
        expectTypeOf(event.detail.event.uri).toEqualTypeOf<'/v1/apigateway/create' | `/v1/apigateway/create?${string}`>();
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

  it('narrows failed calls to the error body, with the canonical name of the operation called', () => {
    const event = parseEvent(input);
    if (isFailedCall(event)) {
      expectTypeOf(event.detail.event.response_body).toEqualTypeOf<ApiError | undefined>();
      expectTypeOf(event.detail.event_type).toEqualTypeOf<SaasusCanonicalEventType>();
      expectTypeOf(event.detail.received_event_type).toEqualTypeOf<string>();
    }
  });

  it('keeps the name as received on every event, known or not', () => {
    expectTypeOf<SaasusEvent['detail']['received_event_type']>().toEqualTypeOf<string>();
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

describe('isEventType', () => {
  async function onTenantCreated(event: SaasusEventOf<'create_tenant'>): Promise<string> {
    return event.detail.event.response_body.id;
  }

  it('narrows the whole event, so that it can be passed on', async () => {
    const event = parseEvent(input);
    // @ts-expect-error not narrowed yet
    await onTenantCreated(event);
    if (isEventType(event, 'create_tenant')) {
      expectTypeOf(event).toEqualTypeOf<SaasusEventOf<'create_tenant'>>();
      await onTenantCreated(event);
    }
  });

  it('narrows by an alternative spelling to the same event', () => {
    const event = parseEvent(input);
    if (isEventType(event, 'create_event_bridge_test_event')) {
      expectTypeOf(event).toEqualTypeOf<SaasusEventOf<'create_eventbridge_test_event'>>();
      expectTypeOf(event.detail.event_type).toEqualTypeOf<'create_eventbridge_test_event'>();
    }
  });

  it('narrows a name of two operations to both', () => {
    const event = parseEvent(input);
    if (isEventType(event, 'update_tenant')) {
      expectTypeOf(event.detail).toEqualTypeOf<SaasusOperationDetail<'auth.UpdateTenant'> | SaasusOperationDetail<'apigateway.UpdateTenant'>>();
    }
  });

  it('does not compile with a misspelled name', () => {
    const event = parseEvent(input);
    // @ts-expect-error not an event type
    isEventType(event, 'create_tennant');
  });
});

describe('exported types', () => {
  it('SaasusEventOf picks one event type', () => {
    expectTypeOf<SaasusEventOf<'create_tenant'>['detail']['event_type']>().toEqualTypeOf<'create_tenant'>();
    expectTypeOf<SaasusEventOf<'create_tenant'>>().toEqualTypeOf<SaasusOperationEvent<'auth.CreateTenant'>>();
    expectTypeOf<SaasusEventOf<'create_tenant'>>().toExtend<KnownSaasusEvent>();
    expectTypeOf<KnownSaasusEvent>().toExtend<SaasusEvent>();
  });

  it('SaasusEventOf of an alternative spelling is the event of its operation, not never', () => {
    expectTypeOf<SaasusEventOf<'create_event_bridge_test_event'>>().toEqualTypeOf<SaasusEventOf<'create_eventbridge_test_event'>>();
    expectTypeOf<SaasusEventOf<'create_eventbridge_test_event'>>().toEqualTypeOf<SaasusOperationEvent<'integration.CreateEventBridgeTestEvent'>>();
    expectTypeOf<SaasusEventOf<'get_userinfo'>['detail']['trace_id']>().toEqualTypeOf<string>();
    expectTypeOf<SaasusEventOf<'create_apigateway'>>().not.toBeNever();
  });

  it('types event_type as the canonical name and received_event_type as a string', () => {
    expectTypeOf<SaasusOperationDetail<'apigateway.CreateApiGateway'>['event_type']>().toEqualTypeOf<'create_api_gateway'>();
    expectTypeOf<SaasusOperationDetail<'apigateway.CreateApiGateway'>['received_event_type']>().toEqualTypeOf<string>();
  });

  it('SaasusEventType is a union of literals, not string', () => {
    expectTypeOf<'create_tenant'>().toExtend<SaasusEventType>();
    expectTypeOf<string>().not.toExtend<SaasusEventType>();
    // @ts-expect-error unknown names are not event types
    expectTypeOf<SaasusEventOf<'create_tennant'>>();
  });
});

describe('types from the specs\' history', () => {
  it('keeps fields SaaSus has sent since 2023 required: response_body.id of create_tenant is a string', () => {
    expectTypeOf<SaasusOperationEvent<'auth.CreateTenant'>['detail']['event']['response_body']['id']>().toEqualTypeOf<string>();
  });

  it('types identity_provider_props, optional, as possibly null', () => {
    type Body = SaasusOperationEvent<'auth.UpdateTenantIdentityProvider'>['detail']['event']['request_body'];
    expectTypeOf<NonNullable<Body>['identity_provider_props']>().toExtend<object | null | undefined>();
    expectTypeOf<null>().toExtend<NonNullable<Body>['identity_provider_props']>();
    // A required field never accepts null.
    expectTypeOf<null>().not.toExtend<NonNullable<Body>['provider_type']>();
  });

  it('answers DeleteSaasUser with a body only since 2026-02-16, and CreateApiKey took one only since 2025-04-07', () => {
    expectTypeOf<undefined>().toExtend<SaasusOperationEvent<'auth.DeleteSaasUser'>['detail']['event']['response_body']>();
    expectTypeOf<undefined>().toExtend<SaasusOperationEvent<'apigateway.CreateApiKey'>['detail']['event']['request_body']>();
  });

  it('keeps the old path of a moved operation and the operations removed since', () => {
    expectTypeOf<SaasusOperations['apigateway.CreateApiKey']['pathTemplate']>().toEqualTypeOf<
      '/v1/apigateway/api-keys' | '/v1/apigateway/tenants/{tenant_id}/api-key'
    >();
    expectTypeOf<SaasusOperationEvent<'auth.ReturnInternalServerError'>>().not.toBeNever();
    expectTypeOf<SaasusOperations['apigateway.UpdateAllowedIps']['request']>().toEqualTypeOf<UpdateAllowedIpsParam>();
  });
});
