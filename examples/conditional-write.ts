// docs/ordering.md shows this file; test/readme.test.ts keeps the two in step, and
// test/ordering-dynamodb.store.test.ts runs it against a DynamoDB-compatible server.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoDbPutIfNewer, getEventTime, type SaasusEvent } from 'saasus-eventbridge';
import { tenantChange } from './tenant-changes.js';

// Longer than any older event can come back: 14 days in SQS, more with dead-letter redrives,
// and the retention of an EventBridge archive you replay from. TTL must be on for `expiresAt`.
const TOMBSTONE_DAYS = 30;

/** Applies a create_tenant, update_tenant or delete_tenant event; `false` when stale or a duplicate. */
export async function saveTenant(documentClient: DynamoDBDocumentClient, event: SaasusEvent): Promise<boolean> {
  const change = tenantChange(event);
  if (change === undefined) return false;
  const item =
    change.state === null
      ? { id: change.tenantId, deleted: true, expiresAt: Math.floor(getEventTime(event) / 1000) + TOMBSTONE_DAYS * 86_400 }
      : { id: change.tenantId, ...change.state };
  try {
    // One conditional write: DynamoDB applies it only when the event is newer than the item's.
    await documentClient.send(new PutCommand({ TableName: 'tenants', ...dynamoDbPutIfNewer(event, item) }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false; // stale or a duplicate
    throw error;
  }
}
