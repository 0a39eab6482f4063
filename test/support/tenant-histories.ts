import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decideEventOrder, getDeduplicationKey, getEventTime, parseEvent, type AppliedEvent, type SaasusEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { tenantChange, type TenantState } from '../../examples/tenant-changes.js';

/** One SaaSus API call about a tenant, and the state it leaves (`null`: deleted). */
export interface TenantCall {
  readonly tenantId: string;
  readonly logId: string;
  readonly time: string;
  readonly kind: 'create_tenant' | 'update_tenant' | 'delete_tenant';
  readonly state: TenantState | null;
}

/**
 * The calls of several tenants, and their deliveries: shuffled, some delivered more than once.
 * Ids are made unique to each check (see {@link checkHistory}), so that runs sharing one database
 * do not meet, even when fast-check shrinks two of them to the same values.
 */
export interface TenantHistory {
  readonly calls: readonly TenantCall[];
  /** Indexes into `calls`, in delivery order, with each delivery's EventBridge `id`. */
  readonly deliveries: readonly { readonly call: number; readonly id: string }[];
}

/** What a store holds for a tenant. */
export interface StoredTenant {
  readonly deleted: boolean;
  readonly state: TenantState | null;
  readonly eventKey: string;
}

/** A recipe under test: applies one event, reads a tenant back. */
export interface TenantStore {
  /** `true` when the event was applied. */
  apply(event: SaasusEvent): Promise<boolean>;
  read(tenantId: string): Promise<StoredTenant | undefined>;
  /** How often the engine itself saw each event (`log_id`) written, where it can tell. */
  writesOf?(logIds: readonly string[]): Promise<Map<string, number>>;
}

const BASE = Date.parse('2026-05-19T02:22:50Z');

// Plain objects, as a store reads them back.
const plain = { noNullPrototype: true } as const;
const stateArb: fc.Arbitrary<TenantState> = fc.record(
  {
    name: fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella'),
    attributes: fc.record({ seats: fc.nat({ max: 3 }) }, plain),
    back_office_staff_email: fc.constantFrom('a@example.com', 'b@example.com'),
  },
  plain,
);

const callArb = fc.record({
  kind: fc.constantFrom('create_tenant', 'update_tenant', 'update_tenant', 'delete_tenant'),
  // A few seconds only, so that many calls share a second.
  second: fc.nat({ max: 4 }),
  logId: fc.uuid({ version: 4 }),
  state: stateArb,
  copies: fc.constantFrom(1, 1, 2, 3),
});

/**
 * Histories of create_tenant, update_tenant and delete_tenant calls for 1 to `maxTenants` tenants
 * (up to `maxCalls` calls each, within five seconds), each call delivered one to three times
 * (a redelivery has a new EventBridge `id`, the same `log_id` and `time`), all in random order.
 */
export function tenantHistoryArb(maxTenants = 4, maxCalls = 8): fc.Arbitrary<TenantHistory> {
  return fc
    .array(fc.array(callArb, { minLength: 1, maxLength: maxCalls }), { minLength: 1, maxLength: maxTenants })
    .map((tenants) =>
      tenants.flatMap((calls, tenant) =>
        calls.map(({ kind, second, logId, state, copies }) => ({
          tenantId: `t${tenant}`,
          logId,
          time: new Date(BASE + second * 1000).toISOString().replace('.000Z', 'Z'),
          kind,
          state: kind === 'delete_tenant' ? null : state,
          copies,
        })),
      ),
    )
    .filter((calls) => new Set(calls.map((call) => call.logId)).size === calls.length)
    .chain((calls) => {
      const copies = calls.flatMap((call, index) => Array.from({ length: call.copies }, () => index));
      return fc.tuple(
        fc.constant(calls.map(({ copies: _, ...call }) => call)),
        fc.shuffledSubarray(copies, { minLength: copies.length }),
        fc.array(fc.uuid({ version: 4 }), { minLength: copies.length, maxLength: copies.length }),
      );
    })
    .map(([calls, order, ids]) => ({ calls, deliveries: order.map((call, index) => ({ call, id: ids[index]! })) }));
}

/** The history with tenant ids and log ids unique to this call (a common prefix keeps their order). */
function materialize(history: TenantHistory): { calls: TenantCall[]; deliveries: SaasusEvent[] } {
  const prefix = randomUUID();
  const calls = history.calls.map((call) => ({ ...call, tenantId: `${prefix}-${call.tenantId}`, logId: `${prefix}-${call.logId}` }));
  return { calls, deliveries: history.deliveries.map(({ call, id }) => parseEvent(rawEvent(calls[call]!, id))) };
}

function rawEvent(call: TenantCall, id: string) {
  const common = { id, time: call.time, log: { log_id: call.logId } };
  switch (call.kind) {
    case 'create_tenant':
      return createTestEvent('create_tenant', { ...common, response_body: { id: call.tenantId, ...call.state } });
    case 'update_tenant':
      return createTestEvent('auth.UpdateTenant', { ...common, pathParams: { tenant_id: call.tenantId }, request_body: call.state! });
    case 'delete_tenant':
      return createTestEvent('delete_tenant', { ...common, pathParams: { tenant_id: call.tenantId } });
  }
}

/** The call that must win: the greatest (`time`, `log_id`). */
function lastCall(calls: readonly TenantCall[]): TenantCall {
  return calls.reduce((last, call) => (call.time > last.time || (call.time === last.time && call.logId > last.logId) ? call : last));
}

/**
 * Delivers a history to a store, `concurrency` deliveries at a time (1: one after the other,
 * each then checked against `decideEventOrder`), and checks the result:
 * - each tenant ends in the state of its call with the greatest (`time`, `log_id`): the state of
 *   one of the calls of its last second, deleted when that call is a deletion (deletions stick);
 * - no call is applied twice, and the winning call exactly once.
 */
export async function checkHistory(store: TenantStore, history: TenantHistory, concurrency: number): Promise<void> {
  const { calls, deliveries } = materialize(history);
  const applied = new Map<string, number>();
  const count = (event: SaasusEvent) => applied.set(getDeduplicationKey(event), (applied.get(getDeduplicationKey(event)) ?? 0) + 1);

  if (concurrency === 1) {
    const model = new Map<string, AppliedEvent>();
    for (const event of deliveries) {
      const tenantId = tenantChange(event)!.tenantId;
      const decision = decideEventOrder(event, model.get(tenantId));
      const expected = decision === 'apply' || decision === 'same-second';
      const result = await store.apply(event);
      expect(result, `${decision}: ${event.time} ${getDeduplicationKey(event)}`).toBe(expected);
      if (result) {
        count(event);
        model.set(tenantId, { time: getEventTime(event), key: getDeduplicationKey(event) });
      }
    }
  } else {
    const queue = [...deliveries];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let event = queue.shift(); event !== undefined; event = queue.shift()) {
          if (await store.apply(event)) count(event);
        }
      }),
    );
  }

  const tenants = new Map<string, TenantCall[]>();
  for (const call of calls) tenants.set(call.tenantId, [...(tenants.get(call.tenantId) ?? []), call]);
  for (const [tenantId, calls] of tenants) {
    const last = lastCall(calls);
    const stored = await store.read(tenantId);
    expect(stored, tenantId).toBeDefined();
    expect(stored!.eventKey).toBe(last.logId);
    expect(stored!.deleted).toBe(last.state === null);
    expect(stored!.state).toStrictEqual(last.state);
    const lastSecond = calls.filter((call) => call.time === last.time);
    expect(lastSecond.map((call) => call.state)).toContainEqual(stored!.state);
    expect(applied.get(last.logId)).toBe(1);
  }
  for (const [logId, times] of applied) expect(times, logId).toBe(1);
  if (store.writesOf !== undefined) {
    const writes = await store.writesOf(calls.map((call) => call.logId));
    expect(Object.fromEntries(writes)).toStrictEqual(Object.fromEntries(applied));
  }
}
