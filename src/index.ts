export { SaasusEventError, formatPath } from './errors.js';
export type { SaasusEventIssue, SaasusEventIssueCode } from './errors.js';

export { parseEvent, safeParseEvent } from './decoder/parse-event.js';
export { configure } from './core/config.js';
export type { LibraryConfig } from './core/config.js';
export type { ParseOptions, SafeParseResult } from './decoder/parse-event.js';
export type { ExpectedOrigin } from './decoder/expected-origin.js';

export type {
  EventBridgeEnvelope,
  JsonValue,
  KnownSaasusEvent,
  KnownSaasusEventDetail,
  SaasusApiCallLog,
  SaasusCanonicalEventType,
  SaasusEvent,
  SaasusEventByOperation,
  SaasusEventOf,
  SaasusEventType,
  SaasusFailedCallDetail,
  SaasusFailedCallEvent,
  SaasusOperationDetail,
  SaasusOperationEvent,
  SaasusOperationKey,
  SaasusOperations,
  SaasusUnknownDetail,
  SaasusUnknownEvent,
} from './envelope/types.js';
export type * from './generated/types.js';

export { eventTypes } from './catalogue/event-types.js';
export { isEventType, isFailedCall, isKnownEventType } from './catalogue/event-kind.js';
export { getOperation, isOperation } from './catalogue/get-operation.js';
export type { OperationKeyOf, SaasusOperationInfo } from './catalogue/get-operation.js';
export { getTraceId } from './envelope/trace-id.js';
export { compareEventTime, getEventTime, isNewerThan } from './ordering/event-time.js';
export type { StoredTime } from './ordering/event-time.js';

export { parseEvents } from './delivery/parse-events.js';
export type { ParsedRecord } from './delivery/parse-events.js';
export { createEventHandler } from './lambda/create-event-handler.js';
export { SaasusRecordHeldBackError } from './lambda/held-back-error.js';
export type {
  AllEventHandlers,
  EventHandlerOptions,
  EventHandlers,
  EventTypeHandler,
  SaasusLambdaHandler,
} from './lambda/create-event-handler.js';
export type * from './lambda/lambda-types.js';
export { redactEvent } from './redact/redact-event.js';
export type { RedactOptions } from './redact/redact-event.js';
export { decideEventOrder, getDeduplicationKey } from './ordering/deduplication.js';
export type { AppliedEvent } from './ordering/deduplication.js';
export { dynamoDbPutIfNewer, dynamoDbUpdateIfNewer } from './ordering/dynamodb-write.js';
export type {
  DynamoDbConditionalPut,
  DynamoDbConditionalUpdate,
  DynamoDbEventCondition,
  DynamoDbItemChanges,
  EventOrderAttributes,
} from './ordering/dynamodb-write.js';
export { createEventSchema, eventSchema } from './standard-schema/event-schema.js';
export type { StandardEventSchema } from './standard-schema/event-schema.js';
export type { StandardSchemaV1 } from './standard-schema/standard-schema-v1.js';
export { toJsonSchema } from './json-schema/json-schema.js';
export type { JsonSchema, JsonSchemaForm, JsonSchemaOptions } from './json-schema/json-schema.js';
export { saasusEventPattern } from './rule-pattern/event-pattern.js';
export type { SaasusEventPattern, SaasusEventPatternOptions } from './rule-pattern/event-pattern.js';
