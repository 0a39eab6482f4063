import type { ApiError, SaasusOperationKey, SaasusOperationKeysByEventType, SaasusOperations } from '../generated/types.js';

/**
 * Any value JSON can hold: what a body of an unknown operation decodes to.
 *
 * Defined here rather than imported from type-fest: type-fest is ES-module only, and a
 * declaration that imports it breaks CommonJS TypeScript consumers under `node16`.
 *
 * @example
 * ```ts
 * const body: JsonValue = { tags: ['a', 'b'], count: 2, archived: null };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The Amazon EventBridge envelope, as a Lambda target receives it.
 *
 * Fields EventBridge adds later are kept at run time; they are not typed.
 *
 * @example
 * ```ts
 * const envelope: EventBridgeEnvelope<{ hello: string }> = {
 *   version: '0',
 *   id: '71e793dd-3177-ac6b-7baf-ae54615a3bb3',
 *   'detail-type': 'api_call',
 *   source: 'aws.partner/saasus.io/d8753ef8-8604-4b7d-8a44-cf9a64433209-1/event',
 *   account: '123456789012',
 *   time: '2026-05-19T02:22:58Z',
 *   region: 'ap-northeast-1',
 *   resources: [],
 *   detail: { hello: 'world' },
 * };
 * ```
 */
export interface EventBridgeEnvelope<Detail = unknown> {
  version: string;
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  /** When EventBridge received the event: RFC 3339, one-second resolution (`2026-05-19T02:22:58Z`). */
  time: string;
  region: string;
  resources: string[];
  /** Present on events replayed from an EventBridge archive. */
  'replay-name'?: string;
  detail: Detail;
}

/**
 * One SaaSus API call's log record: `detail.event` of a SaaSus event, decoded.
 *
 * `request_body` and `response_body` are decoded JSON, whichever form SaaSus sent them in, and
 * `undefined` when the body was an empty string, `null` or absent. `api_key` is the SaaS's
 * secret API key: keep it out of logs (see `redactEvent`).
 *
 * @example
 * ```ts
 * function logLine(log: SaasusApiCallLog): string {
 *   return `${log.request_method} ${log.uri} -> ${log.http_status}`;
 * }
 * ```
 */
export interface SaasusApiCallLog<
  RequestBody = JsonValue | undefined,
  ResponseBody = JsonValue | undefined,
  HttpStatus extends string = string,
  Method extends string = string,
  Uri extends string = string,
> {
  log_id: string;
  date_time: string;
  date: string;
  ttl: string;
  /** The HTTP status as a string: `'201'`. */
  http_status: HttpStatus;
  /** The called path with the API prefix, e.g. `/v1/auth/tenants/{tenant_id}` filled in. */
  uri: Uri;
  ip_address: string;
  referer: string;
  request_method: Method;
  saas_id: string;
  /** The SaaS's secret API key. Never log it. */
  api_key: string;
  request_body: RequestBody;
  response_body: ResponseBody;
}

/** The names of the operations in the catalogue, `'<api>.<operationId>'`. */
export type { SaasusOperationKey, SaasusOperations };

/**
 * The `event_type` names the catalogue lists, canonical and alternative spellings. The names are
 * derived from the operationIds (snake_case, "EventBridge" one word); only `create_tenant`,
 * `create_saas_user` and `create_eventbridge_test_event` have been seen in real events, so where a
 * compound word (ApiGateway, CloudFormation, UserInfo) may be split, both spellings are listed.
 * Decoding does not depend on the list: the operation, found by `request_method` and `uri`,
 * decides (see `received_event_type`).
 *
 * @example
 * ```ts
 * const name: SaasusEventType = 'create_tenant';
 * // @ts-expect-error: not a SaaSus event type
 * const typo: SaasusEventType = 'create_tennant';
 * ```
 */
export type SaasusEventType = keyof SaasusOperationKeysByEventType;

/**
 * The canonical `event_type` of every operation, without alternative spellings: what
 * `detail.event_type` of a decoded call of a known operation holds, whatever spelling arrived,
 * and the names a complete set of handlers must cover.
 *
 * @example
 * ```ts
 * const name: SaasusCanonicalEventType = 'create_eventbridge_test_event';
 * // @ts-expect-error: an alternative spelling, not canonical
 * const alternative: SaasusCanonicalEventType = 'create_event_bridge_test_event';
 * ```
 */
export type SaasusCanonicalEventType = SaasusOperations[SaasusOperationKey]['canonicalEventType'];

type UriOf<Template extends string> = Template extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${UriOf<Tail>}`
  : Template;

type EventUri<Template extends string> = UriOf<Template> | `${UriOf<Template>}?${string}`;

/**
 * The decoded `detail` of a successful call of one operation.
 *
 * @example
 * ```ts
 * type CreateTenantDetail = SaasusOperationDetail<'auth.CreateTenant'>;
 * ```
 */
export interface SaasusOperationDetail<Key extends SaasusOperationKey> {
  /** The operation's canonical name, whichever of its spellings the event carried. */
  event_type: SaasusOperations[Key]['canonicalEventType'];
  /** The `event_type` exactly as received: a listed spelling of the operation or another one. */
  received_event_type: string;
  /** Same as the `X-Saasus-Trace-Id` header of the API call that caused the event. */
  trace_id: string;
  event: SaasusApiCallLog<
    SaasusOperations[Key]['request'],
    SaasusOperations[Key]['response'],
    SaasusOperations[Key]['successStatus'],
    SaasusOperations[Key]['method'],
    EventUri<SaasusOperations[Key]['pathTemplate']>
  >;
}

/**
 * A successful call of one operation, decoded.
 *
 * @example
 * ```ts
 * function onTenantCreated(event: SaasusOperationEvent<'auth.CreateTenant'>) {
 *   return event.detail.event.response_body.id;
 * }
 * ```
 */
export type SaasusOperationEvent<Key extends SaasusOperationKey> = EventBridgeEnvelope<SaasusOperationDetail<Key>>;

/**
 * Every successful SaaSus call the catalogue knows: the envelope over
 * {@link KnownSaasusEventDetail}, whose `event_type` discriminates.
 *
 * @example
 * ```ts
 * function tenantId(event: KnownSaasusEvent): string | undefined {
 *   switch (event.detail.event_type) {
 *     case 'create_tenant':
 *       return event.detail.event.response_body.id;
 *     default:
 *       return undefined;
 *   }
 * }
 * ```
 */
export type KnownSaasusEvent = EventBridgeEnvelope<KnownSaasusEventDetail>;

/**
 * The decoded `detail` of every successful call the catalogue knows: the union that
 * `switch (event.detail.event_type)` narrows, one `case` per operation under its canonical name
 * (the name as received is in `received_event_type`).
 *
 * The events are one envelope over this union rather than a union of envelopes: TypeScript
 * narrows `event.detail` either way, and a type guard over one envelope costs the compiler a
 * fraction of what 216 envelopes cost.
 *
 * @example
 * ```ts
 * function tenantIdOf(detail: KnownSaasusEventDetail): string | undefined {
 *   return detail.event_type === 'create_tenant' ? detail.event.response_body.id : undefined;
 * }
 * ```
 */
export type KnownSaasusEventDetail = { [Key in SaasusOperationKey]: SaasusOperationDetail<Key> }[SaasusOperationKey];

/**
 * The successful-call event of every operation, by operation key.
 *
 * @example
 * ```ts
 * type TenantDeleted = SaasusEventByOperation['auth.DeleteTenant'];
 * ```
 */
export type SaasusEventByOperation = { [Key in SaasusOperationKey]: SaasusOperationEvent<Key> };

/**
 * The event of one `event_type` name, canonical or alternative spelling: the successful call of
 * the operation the name belongs to (`SaasusEventOf<'create_event_bridge_test_event'>` is the
 * same type as `SaasusEventOf<'create_eventbridge_test_event'>`). Where a name belongs to two
 * operations (`update_tenant` is in both the auth and the apigateway API), this is the union of
 * both; `isOperation` tells them apart.
 *
 * @example
 * ```ts
 * function onUserCreated(event: SaasusEventOf<'create_saas_user'>) {
 *   return event.detail.event.response_body.email;
 * }
 * ```
 */
export type SaasusEventOf<EventType extends SaasusEventType> = EventBridgeEnvelope<
  OperationDetails<SaasusOperationKeysByEventType[EventType]>
>;

/** The union of the details of the operations `Key` (distributes over a union of keys). */
type OperationDetails<Key extends SaasusOperationKey> = Key extends SaasusOperationKey ? SaasusOperationDetail<Key> : never;

/**
 * A call of a known operation that failed (`http_status` not 2xx). Its `response_body` is the
 * SaaSus error body. Failed calls are never {@link KnownSaasusEvent}s, so a `case` for an event
 * type only ever sees successes; `isFailedCall` picks these out.
 *
 * @example
 * ```ts
 * function describeFailure(event: SaasusFailedCallEvent): string {
 *   return `${event.detail.event_type} failed with ${event.detail.event.http_status}: ${event.detail.event.response_body?.message ?? 'no body'}`;
 * }
 * ```
 */
export type SaasusFailedCallEvent = EventBridgeEnvelope<SaasusFailedCallDetail>;

/**
 * The `detail` of a {@link SaasusFailedCallEvent}.
 *
 * @example
 * ```ts
 * const status = (detail: SaasusFailedCallDetail) => detail.event.http_status;
 * ```
 */
export interface SaasusFailedCallDetail {
  /** The canonical name of the operation that was called, whichever spelling arrived. */
  event_type: SaasusCanonicalEventType;
  /** The `event_type` exactly as received. */
  received_event_type: string;
  trace_id: string;
  event: SaasusApiCallLog<JsonValue | undefined, ApiError | undefined>;
}

/**
 * An event whose `event_type` the catalogue does not know (or does not match its `uri`): its
 * bodies are plain decoded JSON. New SaaSus operations arrive as these until the library knows them.
 *
 * @example
 * ```ts
 * function note(event: SaasusUnknownEvent): string {
 *   return `unhandled SaaSus event ${event.detail.event_type}`;
 * }
 * ```
 */
export type SaasusUnknownEvent = EventBridgeEnvelope<SaasusUnknownDetail>;

/**
 * The `detail` of a {@link SaasusUnknownEvent}.
 *
 * @example
 * ```ts
 * const name = (detail: SaasusUnknownDetail) => detail.event_type;
 * ```
 */
export interface SaasusUnknownDetail {
  /** As received. */
  event_type: string;
  /** The same as `event_type`: the library had no operation to take a canonical name from. */
  received_event_type: string;
  trace_id: string;
  event: SaasusApiCallLog;
}

/**
 * What `parseEvent` returns: a known successful call, a failed call, or an event of a type the
 * library does not know. Narrow with `isKnownEventType` first, then `switch` on
 * `event.detail.event_type`.
 *
 * @example
 * ```ts
 * function handle(event: SaasusEvent) {
 *   if (!isKnownEventType(event)) return;
 *   switch (event.detail.event_type) {
 *     case 'create_tenant':
 *       console.log(event.detail.event.response_body.id);
 *       break;
 *   }
 * }
 * ```
 */
export type SaasusEvent = EventBridgeEnvelope<KnownSaasusEventDetail | SaasusFailedCallDetail | SaasusUnknownDetail>;
