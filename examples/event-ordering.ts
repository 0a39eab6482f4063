// docs/ordering.md shows this file; test/readme.test.ts keeps the two in step, and
// test/ordering-postgres.store.test.ts runs it against PostgreSQL.
import type { Pool } from 'pg';
import { decideEventOrder, getDeduplicationKey, getEventTime, type SaasusEvent } from 'saasus-eventbridge';
import { tenantChange } from './tenant-changes.js';

// The same rule decided in code, for writes a single statement cannot express: read, decide and
// write inside one transaction that holds a lock on the tenant, so that concurrent invocations
// take turns (the tenants table of the SQL recipe).
export async function applyInOrder(pool: Pool, event: SaasusEvent): Promise<boolean> {
  const change = tenantChange(event);
  if (change === undefined) return false;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [change.tenantId]);
    const { rows } = await client.query<{ event_time: Date; event_key: string }>(
      'SELECT event_time, event_key FROM tenants WHERE id = $1',
      [change.tenantId],
    );
    const stored = rows[0] && { time: rows[0].event_time, key: rows[0].event_key };
    const decision = decideEventOrder(event, stored);
    const apply = decision === 'apply' || decision === 'same-second';
    if (apply) {
      const { state } = change;
      await client.query(
        `INSERT INTO tenants (id, name, attributes, back_office_staff_email, deleted, event_time, event_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET name = $2, attributes = $3, back_office_staff_email = $4,
           deleted = $5, event_time = $6, event_key = $7`,
        [
          change.tenantId,
          state?.name ?? null,
          state === null ? null : JSON.stringify(state.attributes),
          state?.back_office_staff_email ?? null,
          state === null,
          new Date(getEventTime(event)),
          getDeduplicationKey(event),
        ],
      );
    }
    await client.query('COMMIT');
    return apply;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
