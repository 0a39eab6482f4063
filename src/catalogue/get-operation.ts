import { catalogueIndex } from './catalogue.js';
import { classifyEvent } from './classify.js';
import type { SaasusOperationKey, SaasusOperationKeysByEventType, SaasusOperations } from '../generated/types.js';
import type { SaasusApiCallLog, SaasusEvent, SaasusEventByOperation, SaasusEventType } from '../envelope/types.js';

/**
 * The SaaSus operation an event's call was, found by its `request_method` and `uri`.
 *
 * @example
 * ```ts
 * const operation: SaasusOperationInfo | undefined = getOperation(event);
 * ```
 */
export interface SaasusOperationInfo<Key extends SaasusOperationKey = SaasusOperationKey> {
  readonly api: SaasusOperations[Key]['api'];
  readonly operationId: SaasusOperations[Key]['operationId'];
  readonly method: SaasusOperations[Key]['method'];
  /** The URI template, with the API prefix: `/v1/auth/tenants/{tenant_id}/users/{user_id}`. */
  readonly pathTemplate: SaasusOperations[Key]['pathTemplate'];
  /** URL-decoded values of the template's parameters. */
  readonly pathParams: SaasusOperations[Key]['pathParams'];
}

/**
 * The keys of the operations an `event_type` names (two for `update_tenant`), in any of its
 * listed spellings.
 *
 * @example
 * ```ts
 * type Keys = OperationKeyOf<'update_tenant'>; // 'auth.UpdateTenant' | 'apigateway.UpdateTenant'
 * ```
 */
export type OperationKeyOf<EventType extends SaasusEventType> = SaasusOperationKeysByEventType[EventType];

type KnownDetail<EventType extends SaasusEventType> = { event_type: EventType; event: Pick<SaasusApiCallLog, 'request_method' | 'uri'> };

/**
 * Finds the SaaSus operation of a parsed event by `request_method` and `uri` (not by
 * `event_type`, which two APIs can share). A literal path segment wins over a parameter
 * (`/v1/auth/users/count` is not user "count"); a query string is ignored.
 *
 * For many DELETE and PATCH calls the ids of what changed are only in the path: read them from
 * `pathParams`. Pass the event, or, inside a `switch` on `event.detail.event_type`, pass
 * `event.detail`: TypeScript narrows `event.detail` there, not `event`, and the result is typed
 * from what it narrowed to.
 *
 * @returns the operation; `undefined` when the catalogue has none for that method and path
 * (never for a known event).
 *
 * @example
 * ```ts
 * switch (event.detail.event_type) {
 *   case 'delete_tenant':
 *     await dropTenant(getOperation(event.detail).pathParams.tenant_id);
 *     break;
 * }
 * ```
 */
export function getOperation<EventType extends SaasusEventType>(
  source: KnownDetail<EventType> | { detail: KnownDetail<EventType> },
): SaasusOperationInfo<OperationKeyOf<EventType>>;
export function getOperation(source: SaasusEvent | SaasusEvent['detail']): SaasusOperationInfo | undefined;
export function getOperation(
  source: SaasusEvent | SaasusEvent['detail'] | KnownDetail<SaasusEventType> | { detail: KnownDetail<SaasusEventType> },
): SaasusOperationInfo | undefined {
  const log = 'detail' in source ? source.detail.event : source.event;
  const match = catalogueIndex().match(log.request_method, log.uri);
  if (match === undefined) return undefined;
  const { api, operationId, method, pathTemplate } = match.operation;
  return { api, operationId, method, pathTemplate, pathParams: match.pathParams } as SaasusOperationInfo;
}

/**
 * Narrows an event to one operation's successful call. Use it where one `event_type` belongs to
 * two operations, such as `update_tenant` in the auth and the apigateway API.
 *
 * @example
 * ```ts
 * if (event.detail.event_type === 'update_tenant' && isOperation(event, 'auth.UpdateTenant')) {
 *   await renameTenant(event.detail.event.request_body);
 * }
 * ```
 */
export function isOperation<Key extends SaasusOperationKey>(event: SaasusEvent, key: Key): event is SaasusEventByOperation[Key] {
  const call = classifyEvent(event);
  return call.kind === 'known' && `${call.match.operation.api}.${call.match.operation.operationId}` === key;
}
