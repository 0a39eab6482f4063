import { describe, expect, it } from 'vitest';
import { eventTypes, isEventType, isFailedCall, isKnownEventType, parseEvent, type SaasusEventType } from '../../src/index.js';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';
import { createTestEvent } from '../../src/testing/index.js';

const createApiGateway = (eventType: string) => parseEvent(createTestEvent('apigateway.CreateApiGateway', { event_type: eventType }));

describe('isEventType', () => {
  it('is true for the name received and for the other names of its operation', () => {
    for (const received of ['create_api_gateway', 'create_apigateway']) {
      const event = createApiGateway(received);
      expect(isEventType(event, 'create_api_gateway')).toBe(true);
      expect(isEventType(event, 'create_apigateway')).toBe(true);
    }
  });

  it('is true for every listed name of an operation whose event arrived in a spelling nobody listed', () => {
    const event = createApiGateway('CreateApiGateway');
    expect(isEventType(event, 'create_api_gateway')).toBe(true);
    expect(isEventType(event, 'create_apigateway')).toBe(true);
  });

  it('is false for the names of other operations', () => {
    const event = createApiGateway('create_api_gateway');
    expect(isEventType(event, 'create_tenant')).toBe(false);
    expect(isEventType(event, 'publish_api_gateway')).toBe(false);
  });

  it('is true for a name two operations share, for either operation', () => {
    expect(isEventType(parseEvent(createTestEvent('auth.UpdateTenant')), 'update_tenant')).toBe(true);
    expect(isEventType(parseEvent(createTestEvent('apigateway.UpdateTenant')), 'update_tenant')).toBe(true);
    expect(isEventType(parseEvent(createTestEvent('auth.UpdateTenant')), 'update_tenant_plan')).toBe(false);
  });

  it('is false for a failed call of the operation', () => {
    const event = parseEvent(createTestEvent('create_tenant', { http_status: '500', response_body: { type: 'internal', message: 'boom' } }));
    expect(isFailedCall(event)).toBe(true);
    expect(isEventType(event, 'create_tenant')).toBe(false);
  });

  it('is false for an event the catalogue does not know, and for a name of another operation than the one called', () => {
    const unknown = parseEvent(createTestEvent('create_tenant', { event_type: 'launch_rocket', uri: '/v1/rockets' }));
    expect(isEventType(unknown, 'create_tenant')).toBe(false);
    const mismatch = parseEvent(createTestEvent('create_tenant', { event_type: 'create_saas_user' }));
    expect(isKnownEventType(mismatch)).toBe(false);
    expect(isEventType(mismatch, 'create_saas_user')).toBe(false);
    expect(isEventType(mismatch, 'create_tenant')).toBe(false);
  });

  it('is false for a name the catalogue does not list, passed from JavaScript', () => {
    expect(isEventType(createApiGateway('create_api_gateway'), 'createapigateway' as SaasusEventType)).toBe(false);
  });

  it('agrees with the catalogue for every name of every operation', () => {
    const mismatches: string[] = [];
    for (const operation of catalogueOperations()) {
      const event = parseEvent(createTestEvent(`${operation.api}.${operation.operationId}` as 'auth.CreateTenant'));
      if (!isKnownEventType(event)) continue; // an operation without a success status
      for (const name of eventTypes) {
        if (isEventType(event, name) !== operation.eventTypes.includes(name)) mismatches.push(`${operation.operationId} ${name}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
