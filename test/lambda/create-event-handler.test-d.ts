import type { Context, EventBridgeEvent, EventBridgeHandler, Handler, SNSEvent, SNSHandler, SQSEvent, SQSHandler } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createEventHandler,
  getOperation,
  type AllEventHandlers,
  type EventHandlers,
  type LambdaContext,
  type SaasusEventOf,
  type SqsBatchResponse,
} from '../../src/index.js';
import { createTestEvent, type TestEventOverridesFor } from '../../src/testing/index.js';

describe('createEventHandler types', () => {
  it('narrows each handler to its event type', () => {
    createEventHandler({
      create_tenant: (event, context) => {
        expectTypeOf(event).toEqualTypeOf<SaasusEventOf<'create_tenant'>>();
        expectTypeOf(event.detail.event.response_body.id).toEqualTypeOf<string>();
        expectTypeOf(context).toEqualTypeOf<LambdaContext>();
      },
      delete_tenant_user_role: (event) => {
        expectTypeOf(getOperation(event).pathParams.role_name).toEqualTypeOf<string>();
      },
    });
  });

  it('refuses a handler under a misspelled or unknown name', () => {
    createEventHandler({
      // @ts-expect-error not an event type
      create_tennant: () => undefined,
    });
    const handlers = { create_tenant: () => undefined, launch_rocket: () => undefined };
    // @ts-expect-error a variable with an unknown key is refused too
    createEventHandler(handlers);
  });

  it('gives a handler under an alternative spelling the event of its operation', () => {
    createEventHandler({
      create_event_bridge_test_event: (event) => {
        expectTypeOf(event).toEqualTypeOf<SaasusEventOf<'create_eventbridge_test_event'>>();
        expectTypeOf(event.detail.event_type).toEqualTypeOf<'create_eventbridge_test_event'>();
      },
    });
  });

  it('refuses two handlers for one operation under two of its names', () => {
    createEventHandler({
      create_eventbridge_test_event: () => undefined,
      // @ts-expect-error one handler per operation
      create_event_bridge_test_event: () => undefined,
    });
    createEventHandler({
      get_user_info: (event) => void event,
      // @ts-expect-error one handler per operation, context-sensitive handlers too
      get_userinfo: (event) => void event,
    });
    const twice = { create_api_gateway: () => undefined, create_apigateway: () => undefined };
    // @ts-expect-error a variable with both names is refused too
    createEventHandler(twice);
    // Names of different operations are fine, alternative spelling or not.
    createEventHandler({ create_apigateway: () => undefined, create_eventbridge_test_event: () => undefined });
  });

  it('can be checked for every event type', () => {
    // @ts-expect-error most event types have no handler
    const partial = { create_tenant: () => undefined } satisfies AllEventHandlers;
    expectTypeOf(partial).toExtend<EventHandlers>();
    expectTypeOf<keyof AllEventHandlers>().toExtend<string>();
    expectTypeOf<'create_event_bridge_test_event'>().not.toExtend<keyof AllEventHandlers>();
  });

  it('reports one missing handler, and accepts the complete set', () => {
    const { delete_tenant: _deleteTenant, ...allButOne } = allHandlers;
    // @ts-expect-error delete_tenant has no handler
    const missing = { ...allButOne } satisfies AllEventHandlers;
    const complete = { ...allHandlers } satisfies AllEventHandlers;
    createEventHandler(complete);
    expectTypeOf(missing).not.toHaveProperty('delete_tenant');
  });

  it('plugs into the handler types of @types/aws-lambda', () => {
    const handler = createEventHandler({});
    const eventBridge: EventBridgeHandler<'api_call', unknown, void> = handler;
    const sqs: SQSHandler = handler;
    const sns: SNSHandler = handler;
    expectTypeOf(handler).toExtend<SQSHandler>();
    expectTypeOf(handler).toExtend<SNSHandler>();
    expectTypeOf(handler).toExtend<EventBridgeHandler<'api_call', unknown, void>>();
    expectTypeOf(handler).toExtend<EventBridgeHandler<'api_call', unknown, SqsBatchResponse | undefined>>();
    expectTypeOf(handler).toExtend<Handler<SQSEvent | string, SqsBatchResponse | undefined>>();
    expectTypeOf(handler).toExtend<Handler<unknown, SqsBatchResponse | undefined>>();
    expectTypeOf<Context>().toExtend<LambdaContext>();
    void [eventBridge, sqs, sns];
  });

  it('types what a direct call answers, by the kind of input', async () => {
    const handler = createEventHandler({});
    expectTypeOf(await handler(sqsEvent, context)).toEqualTypeOf<SqsBatchResponse>();
    expectTypeOf(await handler(snsEvent, context)).toEqualTypeOf<undefined>();
    expectTypeOf(await handler(eventBridgeEvent, context)).toEqualTypeOf<undefined>();
    expectTypeOf(await handler(createTestEvent('create_tenant'), context)).toEqualTypeOf<undefined>();
    expectTypeOf(await handler(JSON.stringify(eventBridgeEvent), context)).toEqualTypeOf<SqsBatchResponse | undefined>();
    // Without eventSource a record is no SQS record to the handler (it fails as an invalid event):
    // it must not be typed as answered with a batch response.
    const unmarked = { Records: [{ messageId: 'm1', body: '{}' }] };
    expectTypeOf(await handler(unmarked, context)).toEqualTypeOf<SqsBatchResponse | undefined>();
  });
});

declare const allHandlers: AllEventHandlers;
declare const context: Context;
declare const sqsEvent: SQSEvent;
declare const snsEvent: SNSEvent;
declare const eventBridgeEvent: EventBridgeEvent<'api_call', unknown>;

describe('createTestEvent types', () => {
  it('types the overrides from the event type', () => {
    createTestEvent('create_tenant', { response_body: { id: 'tenant-1', attributes: { plan: 'pro' } } });
    createTestEvent('delete_tenant_user_role', { pathParams: { role_name: 'admin' } });
    // @ts-expect-error id is a string
    createTestEvent('create_tenant', { response_body: { id: 1 } });
    // @ts-expect-error not a path parameter of this operation
    createTestEvent('delete_tenant_user_role', { pathParams: { plan_id: 'x' } });
    // @ts-expect-error not an event type
    createTestEvent('create_tennant');
    expectTypeOf<TestEventOverridesFor<'apigateway.UpdateTenant'>['pathParams']>().toEqualTypeOf<Partial<{ tenant_id: string }> | undefined>();
  });

  it('types a failed call by its status: the SaaSus error body, no cast', () => {
    createTestEvent('create_tenant', { http_status: '409', response_body: { type: 'conflict', message: 'exists' } });
    createTestEvent('create_tenant', { http_status: '500', response_body: { message: 'partial error bodies merge into the default' } });
    createTestEvent('create_tenant', { http_status: '404', response_body: null });
    createTestEvent('create_tenant', { http_status: '201', response_body: { id: 'tenant-1' } });
    // @ts-expect-error a failed call's body is the error body, not the tenant
    createTestEvent('create_tenant', { http_status: '500', response_body: { id: 'tenant-1' } });
    // @ts-expect-error a success's body is the tenant, not the error body
    createTestEvent('create_tenant', { response_body: { type: 'conflict', message: 'exists' } });
    // @ts-expect-error message is a string
    createTestEvent('create_tenant', { http_status: '400', response_body: { message: 1 } });
  });

  it('needs the operation key for a name two operations share', () => {
    createTestEvent('auth.UpdateTenant', { request_body: { name: 'Acme' } });
    createTestEvent('apigateway.UpdateTenant');
    // @ts-expect-error update_tenant belongs to auth.UpdateTenant and apigateway.UpdateTenant
    createTestEvent('update_tenant');
    // @ts-expect-error so does get_cloudformation_launch_stack_link, an alternative spelling
    createTestEvent('get_cloudformation_launch_stack_link');
    createTestEvent('create_event_bridge_test_event');
  });
});
