import type { SaasusEvent } from '../envelope/types.js';
import { getDeduplicationKey } from './deduplication.js';
import { getEventTime } from './event-time.js';

/**
 * Names of the two attributes that record, on a DynamoDB item, the last event applied to it.
 * Give each field group its own pair when events carry only part of an item.
 *
 * @example
 * ```ts
 * const planOrder: EventOrderAttributes = { timeAttribute: 'planEventTime', keyAttribute: 'planEventKey' };
 * ```
 */
export interface EventOrderAttributes {
  /** The event's `time` in epoch milliseconds (a number). Default: `'eventTime'`. */
  readonly timeAttribute?: string;
  /** The event's {@link getDeduplicationKey} (a string). Default: `'eventKey'`. */
  readonly keyAttribute?: string;
}

/**
 * The condition part of a DynamoDB write that applies an event only when `decideEventOrder`
 * says `'apply'` or `'same-second'`: plain values for the DynamoDB document client
 * (`@aws-sdk/lib-dynamodb`).
 *
 * @example
 * ```ts
 * const condition: DynamoDbEventCondition = dynamoDbPutIfNewer(event, { id: tenantId });
 * ```
 */
export interface DynamoDbEventCondition {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * The parts of a document client `PutCommand` input, without `TableName`, from
 * {@link dynamoDbPutIfNewer}.
 *
 * @example
 * ```ts
 * const put: DynamoDbConditionalPut<{ id: string }> = dynamoDbPutIfNewer(event, { id: tenantId });
 * ```
 */
export interface DynamoDbConditionalPut<Item extends Record<string, unknown>> extends DynamoDbEventCondition {
  Item: Item & Record<string, unknown>;
}

/**
 * What an update writes: attributes to set and attributes to remove.
 *
 * @example
 * ```ts
 * const changes: DynamoDbItemChanges = { set: { name: 'Acme' }, remove: ['deleted'] };
 * ```
 */
export interface DynamoDbItemChanges {
  readonly set?: Readonly<Record<string, unknown>>;
  readonly remove?: readonly string[];
}

/**
 * The parts of a document client `UpdateCommand` input, without `TableName` and `Key`, from
 * {@link dynamoDbUpdateIfNewer}.
 *
 * @example
 * ```ts
 * const update: DynamoDbConditionalUpdate = dynamoDbUpdateIfNewer(event, { set: { name: 'Acme' } });
 * ```
 */
export interface DynamoDbConditionalUpdate extends DynamoDbEventCondition {
  UpdateExpression: string;
}

/**
 * A DynamoDB `PutItem` that replaces an item with `item` only when the event is newer than the
 * last event applied to it: the decision of `decideEventOrder` (newer time wins; within the same
 * second the greater `log_id`; the same `log_id` is a duplicate), made by DynamoDB in the write
 * itself, so concurrent Lambda invocations cannot overwrite newer data. The event's time and key
 * are written to the item (`eventTime`, `eventKey`, or the names in `attributes`).
 *
 * A skipped write fails with `ConditionalCheckFailedException`: stale or duplicate, nothing to
 * do. Spread the result into the document client's `PutCommand` (`@aws-sdk/lib-dynamodb`); with
 * the low-level client, convert `Item` and `ExpressionAttributeValues` with `marshall`. A deletion
 * is a put of a tombstone (`{ id, deleted: true, … }`) so that older events cannot bring the item
 * back.
 *
 * @example
 * ```ts
 * await documentClient.send(new PutCommand({ TableName: 'tenants', ...dynamoDbPutIfNewer(event, { id: tenantId, name }) }));
 * ```
 */
export function dynamoDbPutIfNewer<Item extends Record<string, unknown>>(
  event: SaasusEvent,
  item: Item,
  attributes: EventOrderAttributes = {},
): DynamoDbConditionalPut<Item> {
  const { timeAttribute, keyAttribute, condition } = eventCondition(event, attributes);
  return {
    Item: { ...item, [timeAttribute]: getEventTime(event), [keyAttribute]: getDeduplicationKey(event) },
    ...condition,
  };
}

/**
 * A DynamoDB `UpdateItem` that sets and removes attributes only when the event is newer than the
 * last event recorded in the item's order attributes: the same decision as
 * {@link dynamoDbPutIfNewer}, for events that carry only part of an item. Give each field group
 * its own order attributes (`{ timeAttribute: 'planEventTime', keyAttribute: 'planEventKey' }`),
 * so that a late older event of one group is not dropped because of a newer event of another.
 * Attribute names go through placeholders, so reserved words such as `name` need no care.
 *
 * @example
 * ```ts
 * await documentClient.send(new UpdateCommand({
 *   TableName: 'tenants',
 *   Key: { id: tenantId },
 *   ...dynamoDbUpdateIfNewer(event, { set: { planId } }, { timeAttribute: 'planEventTime', keyAttribute: 'planEventKey' }),
 * }));
 * ```
 */
export function dynamoDbUpdateIfNewer(
  event: SaasusEvent,
  changes: DynamoDbItemChanges,
  attributes: EventOrderAttributes = {},
): DynamoDbConditionalUpdate {
  const { condition } = eventCondition(event, attributes);
  const names = condition.ExpressionAttributeNames;
  const values = condition.ExpressionAttributeValues;
  const set = ['#eventTime = :eventTime', '#eventKey = :eventKey'];
  Object.entries(changes.set ?? {}).forEach(([name, value], index) => {
    names[`#set${index}`] = name;
    values[`:set${index}`] = value;
    set.push(`#set${index} = :set${index}`);
  });
  const remove = (changes.remove ?? []).map((name, index) => {
    names[`#remove${index}`] = name;
    return `#remove${index}`;
  });
  return {
    UpdateExpression: `SET ${set.join(', ')}${remove.length === 0 ? '' : ` REMOVE ${remove.join(', ')}`}`,
    ...condition,
  };
}

function eventCondition(event: SaasusEvent, attributes: EventOrderAttributes) {
  const timeAttribute = attributes.timeAttribute ?? 'eventTime';
  const keyAttribute = attributes.keyAttribute ?? 'eventKey';
  const condition: DynamoDbEventCondition = {
    // decideEventOrder as a condition: nothing stored; or no key stored and not older; or another
    // key and a newer time, or the same second and a key that sorts after the stored one.
    ConditionExpression:
      'attribute_not_exists(#eventTime)' +
      ' OR (attribute_not_exists(#eventKey) AND #eventTime <= :eventTime)' +
      ' OR (#eventKey <> :eventKey AND (#eventTime < :eventTime OR (#eventTime = :eventTime AND #eventKey < :eventKey)))',
    ExpressionAttributeNames: { '#eventTime': timeAttribute, '#eventKey': keyAttribute },
    ExpressionAttributeValues: { ':eventTime': getEventTime(event), ':eventKey': getDeduplicationKey(event) },
  };
  return { timeAttribute, keyAttribute, condition };
}
