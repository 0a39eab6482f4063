// createEventHandler finds the handler by the operation an event names, whatever its spelling.
import { describe, expect, it, vi } from 'vitest';
import { createEventHandler, type EventHandlers } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { lambdaContext as context } from '../support/lambda-context.js';

const testEvent = (eventType: string) => createTestEvent('integration.CreateEventBridgeTestEvent', { event_type: eventType });

describe('createEventHandler dispatch by operation', () => {
  it.each(['create_eventbridge_test_event', 'create_event_bridge_test_event', 'CreateEventBridgeTestEvent', 'create_eventbridge_test__event'])(
    'gives %s to the handler under the canonical name, with the canonical name in event_type',
    async (received) => {
      const onTest = vi.fn();
      const onUnknown = vi.fn();
      await createEventHandler({ create_eventbridge_test_event: onTest }, { onUnknown })(testEvent(received), context);
      expect(onUnknown).not.toHaveBeenCalled();
      expect(onTest).toHaveBeenCalledTimes(1);
      expect(onTest.mock.calls[0]![0].detail).toMatchObject({ event_type: 'create_eventbridge_test_event', received_event_type: received });
    },
  );

  it.each(['create_eventbridge_test_event', 'create_event_bridge_test_event', 'CreateEventBridgeTestEvent'])(
    'gives %s to a handler under the alternative spelling too',
    async (received) => {
      const onTest = vi.fn();
      await createEventHandler({ create_event_bridge_test_event: onTest })(testEvent(received), context);
      expect(onTest).toHaveBeenCalledTimes(1);
    },
  );

  it('from JavaScript, with two handlers for one operation, calls only the one under the canonical name', async () => {
    const canonical = vi.fn();
    const alternative = vi.fn();
    const handlers = { create_eventbridge_test_event: canonical, create_event_bridge_test_event: alternative } as EventHandlers;
    await createEventHandler(handlers)(testEvent('create_event_bridge_test_event'), context);
    expect(canonical).toHaveBeenCalledTimes(1);
    expect(alternative).not.toHaveBeenCalled();
  });

  it('gives both operations of a shared name to its one handler', async () => {
    const onUpdate = vi.fn();
    const handler = createEventHandler({ update_tenant: onUpdate });
    await handler(createTestEvent('auth.UpdateTenant'), context);
    await handler(createTestEvent('apigateway.UpdateTenant'), context);
    expect(onUpdate.mock.calls.map(([event]) => event.detail.event.uri)).toEqual(['/v1/auth/tenants/test-tenant', '/v1/apigateway/tenants/test-tenant']);
  });

  it('sends a spelling of another operation than the one called to onUnknown, not to a handler', async () => {
    const onTest = vi.fn();
    const onTenant = vi.fn();
    const onUnknown = vi.fn();
    await createEventHandler({ create_eventbridge_test_event: onTest, create_tenant: onTenant }, { onUnknown })(testEvent('create_tenant'), context);
    expect(onTest).not.toHaveBeenCalled();
    expect(onTenant).not.toHaveBeenCalled();
    expect(onUnknown).toHaveBeenCalledTimes(1);
  });
});
