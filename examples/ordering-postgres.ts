// docs/ordering.md shows this file; test/readme.test.ts keeps the two in step, and
// test/ordering-postgres.store.test.ts runs it against PostgreSQL.
import type { Pool } from 'pg';
import { getDeduplicationKey, getEventTime, type SaasusEvent } from 'saasus-eventbridge';
import { tenantChange } from './tenant-changes.js';

export const createTenantsTable = `
  CREATE TABLE tenants (
    id text PRIMARY KEY,
    name text,                              -- NULL in a tombstone
    attributes jsonb,
    back_office_staff_email text,
    deleted boolean NOT NULL,               -- a tombstone: older events cannot bring the tenant back
    event_time timestamptz NOT NULL,        -- the time and log_id of the last event applied
    event_key text COLLATE "C" NOT NULL     -- (compared byte by byte, as decideEventOrder does)
  )`;

// decideEventOrder's rule inside the write: insert a new tenant, or update it only when the event
// is newer (a newer time, or the same second and a greater log_id) and not the same call again.
// PostgreSQL locks the row for ON CONFLICT ... DO UPDATE, so concurrent writes take turns.
const upsertTenant = `
  INSERT INTO tenants AS stored (id, name, attributes, back_office_staff_email, deleted, event_time, event_key)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (id) DO UPDATE SET
    name = EXCLUDED.name,
    attributes = EXCLUDED.attributes,
    back_office_staff_email = EXCLUDED.back_office_staff_email,
    deleted = EXCLUDED.deleted,
    event_time = EXCLUDED.event_time,
    event_key = EXCLUDED.event_key
  WHERE stored.event_key <> EXCLUDED.event_key
    AND (stored.event_time, stored.event_key) < (EXCLUDED.event_time, EXCLUDED.event_key)`;

/** Applies a create_tenant, update_tenant or delete_tenant event; `false` when stale or a duplicate. */
export async function saveTenant(db: Pick<Pool, 'query'>, event: SaasusEvent): Promise<boolean> {
  const change = tenantChange(event);
  if (change === undefined) return false;
  const { tenantId, state } = change;
  const result = await db.query(upsertTenant, [
    tenantId,
    state?.name ?? null,
    state === null ? null : JSON.stringify(state.attributes),
    state?.back_office_staff_email ?? null,
    state === null, // delete_tenant leaves a tombstone that carries its time
    new Date(getEventTime(event)),
    getDeduplicationKey(event),
  ]);
  return result.rowCount === 1;
}

// Readers skip tombstones; a scheduled job removes them once no older event can come back.
export const selectTenant = 'SELECT name, attributes, back_office_staff_email FROM tenants WHERE id = $1 AND NOT deleted';
export const deleteExpiredTombstones = `DELETE FROM tenants WHERE deleted AND event_time < now() - interval '30 days'`;
