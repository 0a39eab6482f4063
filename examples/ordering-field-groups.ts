// docs/ordering.md shows this file; test/readme.test.ts keeps the two in step, and
// test/ordering-dynamodb.store.test.ts runs it against a DynamoDB-compatible server.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  dynamoDbUpdateIfNewer,
  getEventTime,
  getOperation,
  isOperation,
  type DynamoDbItemChanges,
  type EventOrderAttributes,
  type SaasusEvent,
} from 'saasus-eventbridge';
import { tenantChange } from './tenant-changes.js';

// Events that carry part of a tenant (update_tenant_plan) get their own time and key, so that a
// late older plan change is not dropped because of a newer profile change, and the reverse.
const PROFILE: EventOrderAttributes = { timeAttribute: 'eventTime', keyAttribute: 'eventKey' };
const PLAN: EventOrderAttributes = { timeAttribute: 'planEventTime', keyAttribute: 'planEventKey' };
const PROFILE_FIELDS = ['name', 'attributes', 'back_office_staff_email'] as const;
const PLAN_FIELDS = ['next_plan_id', 'using_next_plan_from', 'next_plan_tax_rate_id', 'proration_behavior', 'delete_usage'] as const;
const TOMBSTONE_DAYS = 30;

type GroupWrite = [order: EventOrderAttributes, changes: DynamoDbItemChanges];

function groupWrites(event: SaasusEvent): { tenantId: string; writes: GroupWrite[] } | undefined {
  if (isOperation(event, 'auth.UpdateTenantPlan')) {
    // A PUT: the plan reservation it carries replaces the whole plan group.
    const plan: Record<string, unknown> = { ...event.detail.event.request_body };
    const set = Object.fromEntries(PLAN_FIELDS.filter((field) => plan[field] !== undefined).map((field) => [field, plan[field]]));
    const remove = PLAN_FIELDS.filter((field) => plan[field] === undefined);
    return { tenantId: getOperation(event).pathParams.tenant_id, writes: [[PLAN, { set, remove }]] };
  }
  const change = tenantChange(event);
  if (change === undefined) return undefined;
  if (change.state === null) {
    // A deletion writes every group, so that no older event of any group brings data back.
    const expiresAt = Math.floor(getEventTime(event) / 1000) + TOMBSTONE_DAYS * 86_400;
    return {
      tenantId: change.tenantId,
      writes: [
        [PROFILE, { set: { deleted: true, expiresAt }, remove: PROFILE_FIELDS }],
        [PLAN, { remove: PLAN_FIELDS }],
      ],
    };
  }
  return { tenantId: change.tenantId, writes: [[PROFILE, { set: { ...change.state }, remove: ['deleted', 'expiresAt'] }]] };
}

/** Applies each field group an event carries when it is newer there; the number of groups applied. */
export async function saveTenantFields(documentClient: DynamoDBDocumentClient, event: SaasusEvent): Promise<number> {
  const target = groupWrites(event);
  if (target === undefined) return 0;
  let applied = 0;
  for (const [order, changes] of target.writes) {
    try {
      await documentClient.send(
        new UpdateCommand({ TableName: 'tenants', Key: { id: target.tenantId }, ...dynamoDbUpdateIfNewer(event, changes, order) }),
      );
      applied += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error; // else stale or a duplicate
    }
  }
  return applied;
}
