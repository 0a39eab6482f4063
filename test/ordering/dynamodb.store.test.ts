import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveTenant } from '../../examples/conditional-write.js';
import { saveTenantFields } from '../../examples/ordering-field-groups.js';
import {
  decideEventOrder,
  dynamoDbPutIfNewer,
  dynamoDbUpdateIfNewer,
  getEventTime,
  parseEvent,
  type AppliedEvent,
  type SaasusEvent,
} from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { startDynamoDb, type DynamoDbServer } from '../support/dynamodb-server.js';
import { storeRuns, storeTimeout } from '../support/store-runs.js';
import { checkFieldGroupHistory, checkHistory, tenantHistoryArb, type TenantFieldsStore, type TenantStore } from '../support/tenant-histories.js';

// The examples import the package by name: run them on this checkout's source.
vi.mock('saasus-eventbridge', () => import('../../src/index.js'));

const CONCURRENCY = 8;
const PLAN_FIELDS = ['next_plan_id', 'using_next_plan_from', 'next_plan_tax_rate_id', 'proration_behavior', 'delete_usage'];

let dynamo: DynamoDbServer;

beforeAll(async () => {
  dynamo = await startDynamoDb();
  await dynamo.createTable('tenants'); // the examples' table
  await dynamo.createTable('decisions');
}, 120_000);

afterAll(async () => {
  await dynamo?.stop();
}, 60_000);

async function getItem(table: string, id: string) {
  return (await dynamo.documentClient.send(new GetCommand({ TableName: table, Key: { id }, ConsistentRead: true }))).Item;
}

/** Whether DynamoDB accepted a conditional write. */
async function accepted(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

describe('dynamoDbPutIfNewer and dynamoDbUpdateIfNewer on a DynamoDB-compatible server', () => {
  const event = parseEvent(createTestEvent('auth.UpdateTenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-5' } }));
  const seconds = { older: '2026-05-19T02:22:57Z', same: '2026-05-19T02:22:58Z', newer: '2026-05-19T02:22:59Z' };
  const keys = { 'no key': undefined, 'a smaller key': 'log-1', 'the same key': 'log-5', 'a greater key': 'log-9' };
  const stored: [string, AppliedEvent | undefined][] = [['nothing', undefined]];
  for (const [timeLabel, time] of Object.entries(seconds)) {
    for (const [keyLabel, key] of Object.entries(keys)) stored.push([`an ${timeLabel} time with ${keyLabel}`, { time, key }]);
  }
  let item = 0;

  it.each(stored)('decide as decideEventOrder with %s stored', async (_label, applied) => {
    const decision = decideEventOrder(event, applied);
    const expected = decision === 'apply' || decision === 'same-second';
    const seed = async (id: string) => {
      if (applied === undefined) return;
      const order = { eventTime: getEventTime({ time: applied.time }), ...(applied.key === undefined ? {} : { eventKey: applied.key }) };
      await dynamo.documentClient.send(new PutCommand({ TableName: 'decisions', Item: { id, name: 'before', ...order } }));
    };

    const putId = `put-${++item}`;
    await seed(putId);
    const put = dynamoDbPutIfNewer(event, { id: putId, name: 'after' });
    expect(await accepted(dynamo.documentClient.send(new PutCommand({ TableName: 'decisions', ...put })))).toBe(expected);

    const updateId = `update-${++item}`;
    await seed(updateId);
    const update = dynamoDbUpdateIfNewer(event, { set: { name: 'after' } });
    expect(await accepted(dynamo.documentClient.send(new UpdateCommand({ TableName: 'decisions', Key: { id: updateId }, ...update })))).toBe(expected);

    for (const id of [putId, updateId]) {
      const written = await getItem('decisions', id);
      expect(written?.name).toBe(expected ? 'after' : 'before');
      if (expected) expect(written).toMatchObject({ eventTime: Date.parse('2026-05-19T02:22:58Z'), eventKey: 'log-5' });
    }
  });

  it('sets and removes attributes with reserved names through placeholders', async () => {
    await dynamo.documentClient.send(new PutCommand({ TableName: 'decisions', Item: { id: 'reserved', size: 1, comment: 'x' } }));
    const update = dynamoDbUpdateIfNewer(event, { set: { name: 'Acme', status: 'active' }, remove: ['size', 'comment'] });
    await dynamo.documentClient.send(new UpdateCommand({ TableName: 'decisions', Key: { id: 'reserved' }, ...update }));
    expect(await getItem('decisions', 'reserved')).toStrictEqual({
      id: 'reserved',
      name: 'Acme',
      status: 'active',
      eventTime: Date.parse('2026-05-19T02:22:58Z'),
      eventKey: 'log-5',
    });
  });
});

let tenantCount = 0;
function tenantEvents(name = `tenant-${++tenantCount}`) {
  const state = (label: string) => ({ name: label, attributes: { label }, back_office_staff_email: `${label}@example.com` });
  const at = (second: number) => `2026-05-19T02:22:5${second}Z`;
  return {
    tenantId: name,
    state,
    create: (second: number, label: string, logId = `${name}-create-${label}`) =>
      parseEvent(createTestEvent('create_tenant', { time: at(second), log: { log_id: logId }, response_body: { id: name, ...state(label) } })),
    update: (second: number, label: string, logId = `${name}-update-${label}`) =>
      parseEvent(createTestEvent('auth.UpdateTenant', { time: at(second), log: { log_id: logId }, pathParams: { tenant_id: name }, request_body: state(label) })),
    remove: (second: number, logId = `${name}-delete`) =>
      parseEvent(createTestEvent('delete_tenant', { time: at(second), log: { log_id: logId }, pathParams: { tenant_id: name } })),
    plan: (second: number, nextPlanId: string, logId = `${name}-plan-${nextPlanId}`) =>
      parseEvent(
        createTestEvent('update_tenant_plan', {
          time: at(second),
          log: { log_id: logId },
          pathParams: { tenant_id: name },
          request_body: { next_plan_id: nextPlanId },
        }),
      ),
  };
}

const tenantStore: TenantStore = {
  apply: (event) => saveTenant(dynamo.documentClient, event),
  async read(tenantId) {
    const item = await getItem('tenants', tenantId);
    if (item === undefined) return undefined;
    const deleted = item.deleted === true;
    if (deleted) expect(Object.keys(item).sort()).toStrictEqual(['deleted', 'eventKey', 'eventTime', 'expiresAt', 'id']);
    const { name, attributes, back_office_staff_email } = item;
    return { deleted, eventKey: item.eventKey, state: deleted ? null : { name, attributes, back_office_staff_email } };
  },
};

describe('the DynamoDB recipe (examples/conditional-write.ts)', () => {
  it('keeps an update that arrives before the create of its tenant', async () => {
    const tenant = tenantEvents();
    expect(await saveTenant(dynamo.documentClient, tenant.update(2, 'renamed'))).toBe(true);
    expect(await saveTenant(dynamo.documentClient, tenant.create(1, 'created'))).toBe(false);
    expect((await tenantStore.read(tenant.tenantId))?.state).toStrictEqual(tenant.state('renamed'));
  });

  it('keeps a tenant deleted when an older update arrives after the deletion, with a TTL 30 days after the deletion', async () => {
    const tenant = tenantEvents();
    const deletion = tenant.remove(3);
    expect(await saveTenant(dynamo.documentClient, tenant.create(1, 'created'))).toBe(true);
    expect(await saveTenant(dynamo.documentClient, deletion)).toBe(true);
    expect(await saveTenant(dynamo.documentClient, tenant.update(2, 'late'))).toBe(false);
    expect(await tenantStore.read(tenant.tenantId)).toMatchObject({ deleted: true, state: null });
    expect((await getItem('tenants', tenant.tenantId))?.expiresAt).toBe(getEventTime(deletion) / 1000 + 30 * 86_400);
  });

  it('applies each of two same-second calls at most once, whatever the order and the redeliveries', async () => {
    const tenant = tenantEvents();
    const [a, b] = [tenant.update(1, 'a', 'log-a'), tenant.update(1, 'b', 'log-b')];
    const apply = (event: SaasusEvent) => saveTenant(dynamo.documentClient, event);
    expect([await apply(b), await apply(a), await apply(b), await apply(a)]).toStrictEqual([true, false, false, false]);
    const other = tenantEvents();
    const [c, d] = [other.update(1, 'c', 'log-a'), other.update(1, 'd', 'log-b')];
    expect([await apply(c), await apply(d), await apply(c), await apply(d)]).toStrictEqual([true, true, false, false]);
    expect((await tenantStore.read(other.tenantId))?.state).toStrictEqual(other.state('d'));
  });

  it(
    'ends every tenant in the state of its last call, one delivery at a time (each decision as decideEventOrder)',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(), (history) => checkHistory(tenantStore, history, 1)),
        storeRuns(6),
      );
    },
    storeTimeout(120_000),
  );

  it(
    `ends every tenant in the state of its last call with ${CONCURRENCY} requests at once`,
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(3, 10), (history) => checkHistory(tenantStore, history, CONCURRENCY)),
        storeRuns(6),
      );
    },
    storeTimeout(120_000),
  );
});

const fieldsStore: TenantFieldsStore = {
  apply: (event) => saveTenantFields(dynamo.documentClient, event),
  async read(tenantId) {
    const item = await getItem('tenants', tenantId);
    if (item === undefined) return undefined;
    const planEntries = PLAN_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]]);
    const { name, attributes, back_office_staff_email } = item;
    return {
      deleted: item.deleted === true,
      state: name === undefined ? null : { name, attributes, back_office_staff_email },
      plan: planEntries.length === 0 ? null : Object.fromEntries(planEntries),
      eventKey: item.eventKey,
      planEventKey: item.planEventKey,
    };
  },
};

describe('events that carry part of a tenant (examples/ordering-field-groups.ts)', () => {
  it('one time per record drops a late older plan change; one time per field group keeps it', async () => {
    const single = tenantEvents();
    expect(await saveTenant(dynamo.documentClient, single.update(2, 'renamed'))).toBe(true);
    const latePlan = single.plan(1, 'plan-a');
    const sharedTime = dynamoDbUpdateIfNewer(latePlan, { set: { next_plan_id: 'plan-a' } });
    expect(await accepted(dynamo.documentClient.send(new UpdateCommand({ TableName: 'tenants', Key: { id: single.tenantId }, ...sharedTime })))).toBe(false);
    expect((await getItem('tenants', single.tenantId))?.next_plan_id).toBeUndefined(); // the plan change is lost

    const grouped = tenantEvents();
    expect(await saveTenantFields(dynamo.documentClient, grouped.update(2, 'renamed'))).toBe(1);
    expect(await saveTenantFields(dynamo.documentClient, grouped.plan(1, 'plan-a'))).toBe(1);
    expect(await fieldsStore.read(grouped.tenantId)).toMatchObject({ state: grouped.state('renamed'), plan: { next_plan_id: 'plan-a' } });
  });

  it('a deletion stops older changes of every group', async () => {
    const tenant = tenantEvents();
    expect(await saveTenantFields(dynamo.documentClient, tenant.create(1, 'created'))).toBe(1);
    expect(await saveTenantFields(dynamo.documentClient, tenant.plan(2, 'plan-a'))).toBe(1);
    expect(await saveTenantFields(dynamo.documentClient, tenant.remove(4))).toBe(2);
    expect(await saveTenantFields(dynamo.documentClient, tenant.plan(3, 'plan-b'))).toBe(0);
    expect(await saveTenantFields(dynamo.documentClient, tenant.update(3, 'late'))).toBe(0);
    expect(await fieldsStore.read(tenant.tenantId)).toMatchObject({ deleted: true, state: null, plan: null });
  });

  it(
    'ends every group in the state of its last call, one delivery at a time (each decision as decideEventOrder)',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(3, 8, { plans: true }), (history) => checkFieldGroupHistory(fieldsStore, history, 1)),
        storeRuns(5),
      );
    },
    storeTimeout(120_000),
  );

  it(
    `ends every group in the state of its last call with ${CONCURRENCY} requests at once`,
    async () => {
      await fc.assert(
        fc.asyncProperty(tenantHistoryArb(3, 10, { plans: true }), (history) => checkFieldGroupHistory(fieldsStore, history, CONCURRENCY)),
        storeRuns(5),
      );
    },
    storeTimeout(120_000),
  );
});
