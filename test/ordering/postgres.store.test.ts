import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyInOrder } from '../../examples/event-ordering.js';
import { createTenantsTable, deleteExpiredTombstones, saveTenant, selectTenant } from '../../examples/ordering-postgres.js';
import type { TenantState } from '../../examples/tenant-changes.js';
import { parseEvent, type SaasusEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { storeRuns, storeTimeout } from '../support/store-runs.js';
import { checkHistory, tenantHistoryArb, type TenantStore } from '../support/tenant-histories.js';

// The examples import the package by name: run them on this checkout's source.
vi.mock('saasus-eventbridge', () => import('../../src/index.js'));

// The README says which PostgreSQL version the recipes were proven on.
const PROVEN_ON_MAJOR = '18';
// Concurrent deliveries of one history: more than the pool has connections, so writes queue too.
const CONCURRENCY = 8;

let server: PostgresServer;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startPostgres();
  pool = server.pool(6);
  await pool.query(createTenantsTable);
  // Counts every row the engine writes, independently of what the recipes report.
  await pool.query(`
    CREATE TABLE tenant_writes (event_key text NOT NULL);
    CREATE FUNCTION log_tenant_write() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN INSERT INTO tenant_writes VALUES (NEW.event_key); RETURN NULL; END $$;
    CREATE TRIGGER tenant_writes AFTER INSERT OR UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION log_tenant_write();`);
}, 180_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

const recipes = {
  'the upsert (examples/ordering-postgres.ts)': (event: SaasusEvent) => saveTenant(pool, event),
  'decideEventOrder in a transaction (examples/event-ordering.ts)': (event: SaasusEvent) => applyInOrder(pool, event),
};

function store(apply: (event: SaasusEvent) => Promise<boolean>): TenantStore {
  return {
    apply,
    async read(tenantId) {
      const { rows } = await pool.query<{ deleted: boolean; event_key: string }>('SELECT deleted, event_key FROM tenants WHERE id = $1', [tenantId]);
      if (rows[0] === undefined) return undefined;
      const visible = await pool.query<TenantState>(selectTenant, [tenantId]);
      return { deleted: rows[0].deleted, eventKey: rows[0].event_key, state: visible.rows[0] ?? null };
    },
    async writesOf(logIds) {
      const { rows } = await pool.query<{ event_key: string; writes: number }>(
        'SELECT event_key, count(*)::int AS writes FROM tenant_writes WHERE event_key = ANY($1) GROUP BY event_key',
        [logIds],
      );
      return new Map(rows.map((row) => [row.event_key, row.writes]));
    },
  };
}

let tenantCount = 0;
function tenantEvents(name = `tenant-${++tenantCount}`) {
  const state = (label: string) => ({ name: label, attributes: { label }, back_office_staff_email: `${label}@example.com` });
  const at = (second: number) => `2026-05-19T02:22:5${second}Z`;
  return {
    tenantId: name,
    create: (second: number, label: string, logId = `${name}-create-${label}`) =>
      parseEvent(createTestEvent('create_tenant', { time: at(second), log: { log_id: logId }, response_body: { id: name, ...state(label) } })),
    update: (second: number, label: string, logId = `${name}-update-${label}`) =>
      parseEvent(createTestEvent('auth.UpdateTenant', { time: at(second), log: { log_id: logId }, pathParams: { tenant_id: name }, request_body: state(label) })),
    remove: (second: number, logId = `${name}-delete`) =>
      parseEvent(createTestEvent('delete_tenant', { time: at(second), log: { log_id: logId }, pathParams: { tenant_id: name } })),
    state,
  };
}

async function visibleState(tenantId: string) {
  return (await pool.query<TenantState>(selectTenant, [tenantId])).rows[0];
}

describe.each(Object.entries(recipes))('%s on PostgreSQL', (_name, apply) => {
  it('keeps an update that arrives before the create of its tenant', async () => {
    const tenant = tenantEvents();
    expect(await apply(tenant.update(2, 'renamed'))).toBe(true);
    expect(await apply(tenant.create(1, 'created'))).toBe(false);
    expect(await visibleState(tenant.tenantId)).toStrictEqual(tenant.state('renamed'));
  });

  it('keeps a tenant deleted when an older update arrives after the deletion', async () => {
    const tenant = tenantEvents();
    expect(await apply(tenant.create(1, 'created'))).toBe(true);
    expect(await apply(tenant.remove(3))).toBe(true);
    expect(await apply(tenant.update(2, 'late'))).toBe(false);
    expect(await visibleState(tenant.tenantId)).toBeUndefined();
    const row = await pool.query('SELECT deleted, name FROM tenants WHERE id = $1', [tenant.tenantId]);
    expect(row.rows).toStrictEqual([{ deleted: true, name: null }]);
  });

  it('applies each of two same-second calls at most once, whatever the order and the redeliveries', async () => {
    const tenant = tenantEvents();
    const first = tenant.update(1, 'a', 'log-a');
    const second = tenant.update(1, 'b', 'log-b');
    // 'log-b' sorts after 'log-a': it wins the tie in every order.
    expect([await apply(second), await apply(first), await apply(second), await apply(first)]).toStrictEqual([true, false, false, false]);
    expect(await visibleState(tenant.tenantId)).toStrictEqual(tenant.state('b'));
    const other = tenantEvents();
    const [a, b] = [other.update(1, 'a', 'log-a'), other.update(1, 'b', 'log-b')];
    expect([await apply(a), await apply(b), await apply(a), await apply(b)]).toStrictEqual([true, true, false, false]);
    expect(await visibleState(other.tenantId)).toStrictEqual(other.state('b'));
  });

  it(
    'ends every tenant in the state of its last call, one delivery at a time (each decision as decideEventOrder)',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(), (history) => checkHistory(store(apply), history, 1)),
        storeRuns(15),
      );
    },
    storeTimeout(120_000),
  );

  it(
    `ends every tenant in the state of its last call with ${CONCURRENCY} deliveries at once`,
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(3, 10), (history) => checkHistory(store(apply), history, CONCURRENCY)),
        storeRuns(15),
      );
    },
    storeTimeout(120_000),
  );
});

describe('PostgreSQL', () => {
  it(`is version ${PROVEN_ON_MAJOR}`, async () => {
    expect((await server.version()).split('.')[0]).toBe(PROVEN_ON_MAJOR);
  });

  it('drops expired tombstones only', async () => {
    await pool.query(
      `INSERT INTO tenants (id, deleted, event_time, event_key) VALUES
         ('expired', true, now() - interval '31 days', 'k1'), ('recent', true, now() - interval '29 days', 'k2')`,
    );
    await pool.query(
      `INSERT INTO tenants (id, name, attributes, back_office_staff_email, deleted, event_time, event_key)
       VALUES ('old-but-alive', 'Acme', '{}', 'a@example.com', false, now() - interval '400 days', 'k3')`,
    );
    await pool.query(deleteExpiredTombstones);
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM tenants WHERE id IN ('expired', 'recent', 'old-but-alive') ORDER BY id`);
    expect(rows.map((row) => row.id)).toStrictEqual(['old-but-alive', 'recent']);
  });
});
