export { SaasusEventError, formatPath } from './errors.js';
export type { SaasusEventIssue, SaasusEventIssueCode } from './errors.js';

export { parseEvent, safeParseEvent } from './decoder/parse-event.js';
export type { ParseOptions, SafeParseResult } from './decoder/parse-event.js';

export type {
  EventBridgeEnvelope,
  KnownSaasusEvent,
  SaasusApiCallLog,
  SaasusEvent,
  SaasusEventByOperation,
  SaasusEventOf,
  SaasusEventType,
  SaasusFailedCallEvent,
  SaasusOperationDetail,
  SaasusOperationEvent,
  SaasusOperationKey,
  SaasusOperations,
  SaasusUnknownEvent,
} from './types.js';
export type * from './generated/types.js';

export { eventTypes } from './catalogue/event-types.js';
export { isFailedCall, isKnownEventType } from './helpers/event-kind.js';
export { getOperation, isOperation } from './helpers/get-operation.js';
export type { OperationKeyOf, SaasusOperationInfo } from './helpers/get-operation.js';
export { getTraceId } from './helpers/trace-id.js';
export { compareEventTime, getEventTime, isNewerThan } from './helpers/event-time.js';
export type { StoredTime } from './helpers/event-time.js';

export { EventBridgeEnvelopeSchema, DateTimeSchema } from './schemas/envelope.js';
export { apiCallLogSchema } from './schemas/api-call-log.js';
export { jsonBody, jsonOrValue } from './schemas/json-string.js';
export { SaasusEventSchema, createSaasusEventSchema, getEventSchema } from './schemas/event.js';
