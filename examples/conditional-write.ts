// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { getDeduplicationKey, getEventTime, type SaasusEventOf } from 'saasus-eventbridge';

// Applies a tenant update only when the event is newer than what is stored, in one atomic
// conditional write: concurrent Lambda invocations cannot overwrite newer data.
async function saveTenant(event: SaasusEventOf<'update_tenant'>, tenantId: string, name: string) {
  try {
    await dynamodb.updateItem({
      TableName: 'tenants',
      Key: { id: { S: tenantId } },
      UpdateExpression: 'SET #name = :name, eventTime = :time, eventKey = :key',
      // Newer wins; an event of the same second wins too (its order is unknown, last writer
      // wins), unless it is this very event delivered again.
      ConditionExpression: 'attribute_not_exists(eventTime) OR eventTime < :time OR (eventTime = :time AND eventKey <> :key)',
      ExpressionAttributeNames: { '#name': 'name' },
      ExpressionAttributeValues: {
        ':name': { S: name },
        ':time': { N: String(getEventTime(event)) },
        ':key': { S: getDeduplicationKey(event) },
      },
    });
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    // Stale or duplicate: nothing to do.
  }
}

// The same rule in SQL.
const sql = `
  UPDATE tenants SET name = $2, event_time = $3, event_key = $4
  WHERE id = $1
    AND (event_time IS NULL OR event_time < $3 OR (event_time = $3 AND event_key <> $4))`;

// Stand-ins for the reader's own code.
declare const dynamodb: { updateItem(input: Record<string, unknown>): Promise<unknown> };
export { saveTenant, sql };
