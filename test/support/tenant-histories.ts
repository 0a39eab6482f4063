import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decideEventOrder, getDeduplicationKey, getEventTime, parseEvent, type AppliedEvent, type SaasusEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { tenantChange, type TenantState } from '../../examples/tenant-changes.js';

/** A plan reservation, as update_tenant_plan carries it. */
export type PlanState = Readonly<Record<string, unknown>>;

/**
 * One SaaSus API call about a tenant, and what it leaves: `state` for create_tenant and
 * update_tenant (`null` for delete_tenant), `plan` for update_tenant_plan.
 */
export interface TenantCall {
  readonly tenantId: string;
  readonly logId: string;
  readonly time: string;
  readonly kind: 'create_tenant' | 'update_tenant' | 'delete_tenant' | 'update_tenant_plan';
  readonly state: TenantState | null;
  readonly plan: PlanState;
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

// Some fields absent: update_tenant_plan is a PUT, and an absent field is no reservation.
const planArb: fc.Arbitrary<PlanState> = fc.record(
  {
    next_plan_id: fc.constantFrom('69e732d6-8ecc-45c4-c2eb-8438f7ffe775', '1e2f8c1a-6a3b-4c6e-9f0a-2b7d4c5e6f70'),
    using_next_plan_from: fc.constantFrom(1640995200, 1672531200),
    proration_behavior: fc.constantFrom('create_prorations', 'none'),
  },
  { ...plain, requiredKeys: ['next_plan_id'] },
);

const profileKinds = ['create_tenant', 'update_tenant', 'update_tenant', 'delete_tenant'] as const;

function callArb(kinds: readonly TenantCall['kind'][]) {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    // A few seconds only, so that many calls share a second.
    second: fc.nat({ max: 4 }),
    logId: fc.uuid({ version: 4 }),
    state: stateArb,
    plan: planArb,
    copies: fc.constantFrom(1, 1, 2, 3),
  });
}

/**
 * Histories of create_tenant, update_tenant and delete_tenant calls (and update_tenant_plan with
 * `plans`) for 1 to `maxTenants` tenants (up to `maxCalls` calls each, within five seconds), each
 * call delivered one to three times (a redelivery has a new EventBridge `id`, the same `log_id`
 * and `time`), all in random order.
 */
export function tenantHistoryArb(maxTenants = 4, maxCalls = 8, { plans = false } = {}): fc.Arbitrary<TenantHistory> {
  const kinds = plans ? [...profileKinds, 'update_tenant_plan' as const, 'update_tenant_plan' as const] : profileKinds;
  return fc
    .array(fc.array(callArb(kinds), { minLength: 1, maxLength: maxCalls }), { minLength: 1, maxLength: maxTenants })
    .map((tenants) =>
      tenants.flatMap((calls, tenant) =>
        calls.map(({ kind, second, logId, state, plan, copies }) => ({
          tenantId: `t${tenant}`,
          logId,
          time: new Date(BASE + second * 1000).toISOString().replace('.000Z', 'Z'),
          kind,
          state: kind === 'delete_tenant' ? null : state,
          plan,
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
    case 'update_tenant_plan':
      return createTestEvent('update_tenant_plan', { ...common, pathParams: { tenant_id: call.tenantId }, request_body: call.plan });
  }
}

/** The call that must win: the greatest (`time`, `log_id`). */
function lastCall(calls: readonly TenantCall[]): TenantCall | undefined {
  return calls.reduce<TenantCall | undefined>(
    (last, call) => (last === undefined || call.time > last.time || (call.time === last.time && call.logId > last.logId) ? call : last),
    undefined,
  );
}

function byTenant(calls: readonly TenantCall[]): Map<string, TenantCall[]> {
  const tenants = new Map<string, TenantCall[]>();
  for (const call of calls) tenants.set(call.tenantId, [...(tenants.get(call.tenantId) ?? []), call]);
  return tenants;
}

/** Delivers events `concurrency` at a time; `apply` reports and counts what it applied. */
async function deliver(deliveries: readonly SaasusEvent[], concurrency: number, apply: (event: SaasusEvent) => Promise<void>): Promise<void> {
  const queue = [...deliveries];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let event = queue.shift(); event !== undefined; event = queue.shift()) await apply(event);
    }),
  );
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

  // One delivery at a time, the store must decide exactly as decideEventOrder on what it applied.
  const model = new Map<string, AppliedEvent>();
  await deliver(deliveries, concurrency, async (event) => {
    const tenantId = tenantChange(event)!.tenantId;
    const decision = decideEventOrder(event, model.get(tenantId));
    const wasApplied = await store.apply(event);
    if (concurrency === 1) {
      expect(wasApplied, `${decision}: ${event.time} ${getDeduplicationKey(event)}`).toBe(decision === 'apply' || decision === 'same-second');
      if (wasApplied) model.set(tenantId, { time: getEventTime(event), key: getDeduplicationKey(event) });
    }
    if (wasApplied) count(event);
  });

  for (const [tenantId, tenantCalls] of byTenant(calls)) {
    const last = lastCall(tenantCalls)!;
    const stored = await store.read(tenantId);
    expect(stored, tenantId).toBeDefined();
    expect(stored!.eventKey).toBe(last.logId);
    expect(stored!.deleted).toBe(last.state === null);
    expect(stored!.state).toStrictEqual(last.state);
    const lastSecond = tenantCalls.filter((call) => call.time === last.time);
    expect(lastSecond.map((call) => call.state)).toContainEqual(stored!.state);
    expect(applied.get(last.logId)).toBe(1);
  }
  for (const [logId, times] of applied) expect(times, logId).toBe(1);
  if (store.writesOf !== undefined) {
    const writes = await store.writesOf(calls.map((call) => call.logId));
    expect(Object.fromEntries(writes)).toStrictEqual(Object.fromEntries(applied));
  }
}

/** What a store holds for a tenant kept in two field groups. */
export interface StoredTenantFields {
  /** Profile fields; `null` when deleted or not created yet. */
  readonly state: TenantState | null;
  readonly deleted: boolean;
  /** Plan fields; `null` when there are none. */
  readonly plan: PlanState | null;
  readonly eventKey: string | undefined;
  readonly planEventKey: string | undefined;
}

/** A field-group recipe under test: applies one event (the number of groups written), reads a tenant. */
export interface TenantFieldsStore {
  apply(event: SaasusEvent): Promise<number>;
  read(tenantId: string): Promise<StoredTenantFields | undefined>;
}

const writesProfile = (call: TenantCall) => call.kind !== 'update_tenant_plan';
const writesPlan = (call: TenantCall) => call.kind === 'update_tenant_plan' || call.kind === 'delete_tenant';

/**
 * Like {@link checkHistory}, for a store that keeps the profile (create_tenant, update_tenant)
 * and the plan (update_tenant_plan) as two field groups, each with its own time and key; a
 * deletion writes both. Each group must end as its last call left it, and no call may write a
 * group twice.
 */
export async function checkFieldGroupHistory(store: TenantFieldsStore, history: TenantHistory, concurrency: number): Promise<void> {
  const { calls, deliveries } = materialize(history);
  const callOf = new Map(calls.map((call) => [call.logId, call]));
  const models = { profile: new Map<string, AppliedEvent>(), plan: new Map<string, AppliedEvent>() };
  const written = new Map<string, number>();

  await deliver(deliveries, concurrency, async (event) => {
    const call = callOf.get(getDeduplicationKey(event))!;
    const groups = [writesProfile(call) && models.profile, writesPlan(call) && models.plan].filter((group) => group !== false);
    const expected = groups.filter((model) => ['apply', 'same-second'].includes(decideEventOrder(event, model.get(call.tenantId)))).length;
    const applied = await store.apply(event);
    if (concurrency === 1) {
      expect(applied, `${call.kind} ${event.time} ${call.logId}`).toBe(expected);
      for (const model of groups) {
        const decision = decideEventOrder(event, model.get(call.tenantId));
        if (decision === 'apply' || decision === 'same-second') model.set(call.tenantId, { time: getEventTime(event), key: call.logId });
      }
    }
    written.set(call.logId, (written.get(call.logId) ?? 0) + applied);
  });

  for (const [tenantId, tenantCalls] of byTenant(calls)) {
    const profile = lastCall(tenantCalls.filter(writesProfile));
    const plan = lastCall(tenantCalls.filter(writesPlan));
    const stored = await store.read(tenantId);
    expect(stored, tenantId).toBeDefined();
    expect(stored!.eventKey).toBe(profile?.logId);
    expect(stored!.planEventKey).toBe(plan?.logId);
    expect(stored!.deleted).toBe(profile?.kind === 'delete_tenant');
    expect(stored!.state).toStrictEqual(profile?.state ?? null);
    expect(stored!.plan).toStrictEqual(plan?.kind === 'update_tenant_plan' ? plan.plan : null);
  }
  for (const call of calls) {
    expect(written.get(call.logId) ?? 0, call.logId).toBeLessThanOrEqual(Number(writesProfile(call)) + Number(writesPlan(call)));
  }
}
