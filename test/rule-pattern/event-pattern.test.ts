import { describe, expect, it } from 'vitest';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';
import { eventTypes, saasusEventPattern, type SaasusEventType } from '../../src/index.js';
import { loadFixtures } from '../support/fixtures.js';

const SOURCE = [{ prefix: 'aws.partner/saasus.io' }];

describe('saasusEventPattern', () => {
  it('matches every SaaSus event by its source prefix', () => {
    expect(saasusEventPattern()).toEqual({ source: SOURCE });
    expect(saasusEventPattern({})).toEqual({ source: SOURCE });
  });

  it('narrows to the named types, in order, each with its alternative spellings, once', () => {
    expect(saasusEventPattern({ eventTypes: ['delete_tenant', 'create_event_bridge_test_event', 'create_eventbridge_test_event'] })).toEqual({
      source: SOURCE,
      detail: { event_type: ['delete_tenant', 'create_event_bridge_test_event', 'create_eventbridge_test_event'] },
    });
    expect(saasusEventPattern({ eventTypes: ['get_user_info', 'update_tenant'] }).detail).toEqual({
      event_type: ['get_user_info', 'get_userinfo', 'update_tenant'],
    });
  });

  it('lists, for every known name, all spellings of the operations that carry it', () => {
    for (const name of eventTypes) {
      const listed = saasusEventPattern({ eventTypes: [name] }).detail!.event_type;
      const spellings = catalogueOperations().filter((operation) => operation.eventTypes.includes(name)).flatMap((operation) => operation.eventTypes);
      expect(new Set(listed)).toEqual(new Set([name, ...spellings]));
    }
  });

  it('matches every fixture when narrowed to its own event type', () => {
    for (const { name, event } of loadFixtures()) {
      const eventType = (event.detail as { event_type: SaasusEventType }).event_type;
      const pattern = saasusEventPattern({ eventTypes: [eventType] });
      expect((event.source as string).startsWith(pattern.source[0]!.prefix), name).toBe(true);
      expect(pattern.detail!.event_type, name).toContain(eventType);
    }
  });

  it('returns a new object each time', () => {
    const first = saasusEventPattern({ eventTypes: ['create_tenant'] });
    first.detail!.event_type.push('changed');
    first.source[0]!.prefix = 'changed';
    expect(saasusEventPattern({ eventTypes: ['create_tenant'] })).toEqual({ source: SOURCE, detail: { event_type: ['create_tenant'] } });
  });

  it('throws a RangeError on an unknown name and on an empty list', () => {
    expect(() => saasusEventPattern({ eventTypes: ['create_tenant', 'launch_rocket' as SaasusEventType] })).toThrow(
      new RangeError('unknown SaaSus event type "launch_rocket"'),
    );
    expect(() => saasusEventPattern({ eventTypes: [] })).toThrow(RangeError);
  });
});
