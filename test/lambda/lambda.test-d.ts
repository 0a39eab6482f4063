import type { Context, EventBridgeHandler, Handler, SQSEvent, SQSHandler } from 'aws-lambda';
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

  it('can be checked for every event type', () => {
    // @ts-expect-error most event types have no handler
    const partial = { create_tenant: () => undefined } satisfies AllEventHandlers;
    expectTypeOf(partial).toExtend<EventHandlers>();
    expectTypeOf<keyof AllEventHandlers>().toExtend<string>();
    expectTypeOf<'create_event_bridge_test_event'>().not.toExtend<keyof AllEventHandlers>();
  });

  it('plugs into the handler types of @types/aws-lambda', () => {
    const handler = createEventHandler({});
    expectTypeOf(handler).toExtend<SQSHandler>();
    expectTypeOf(handler).toExtend<EventBridgeHandler<'api_call', unknown, SqsBatchResponse | undefined>>();
    expectTypeOf(handler).toExtend<Handler<SQSEvent | string, SqsBatchResponse | undefined>>();
    expectTypeOf<Context>().toExtend<LambdaContext>();
  });
});

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
});
