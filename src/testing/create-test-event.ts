import { catalogueIndex } from '../catalogue/catalogue.js';
import type { OperationEntry } from '../catalogue/operation.js';
import type { SaasusOperationKey, SaasusOperationKeysByEventType, SaasusOperations } from '../generated/types.js';
import { SAASUS_DETAIL_TYPE, SAASUS_SOURCE_PREFIX, responseShapeName, sampleStatus } from '../envelope/event-format.js';
import type { EventBridgeEnvelope, SaasusEventType } from '../envelope/types.js';
import { contentUuid } from './content-uuid.js';
import { sampleValue } from './sample-value.js';

type OperationOf<Name extends SaasusEventType | SaasusOperationKey> = SaasusOperations[Name extends SaasusOperationKey
  ? Name
  : SaasusOperationKeysByEventType[Name & SaasusEventType]];

/** Whether `Key` is one key, not a union of several. */
type IsOneKey<Key, All = Key> = Key extends unknown ? ([All] extends [Key] ? true : false) : never;

/**
 * The `event_type` names that belong to two operations (`update_tenant`, `get_tenant`, …):
 * `createTestEvent` needs the operation key for these.
 *
 * @example
 * ```ts
 * const shared: SharedEventType = 'update_tenant';
 * ```
 */
export type SharedEventType = {
  [Name in SaasusEventType]: IsOneKey<SaasusOperationKeysByEventType[Name]> extends true ? never : Name;
}[SaasusEventType];

/** What `createTestEvent` accepts for `Name`: a shared name is answered with its operation keys. */
type TestEventName<Name extends SaasusEventType | SaasusOperationKey> = Name extends SharedEventType
  ? SaasusOperationKeysByEventType[Name]
  : Name;

// Arrays are replaced, not merged, so they are not partial.
type Override<T> = T extends readonly unknown[] ? T : T extends object ? { [Key in keyof T]?: Override<T[Key]> } : T;

/** An HTTP status of a successful call: `'200'`, `'201'`, …. */
type SuccessStatus = `2${string}`;

/** An HTTP status of a failed call (anything but 2xx): `'404'`, `'500'`, …. */
type FailureStatus = `${1 | 3 | 4 | 5}${string}`;

/**
 * What `createTestEvent` may change in the event it builds, whatever the status. Bodies are
 * merged deeply into the defaults (arrays are replaced); `null` as a body, or `''`, sends an
 * empty body.
 *
 * @example
 * ```ts
 * const overrides: TestEventCommonOverrides = { time: '2026-05-19T02:22:58Z', trace_id: 'trace-1' };
 * ```
 */
export interface TestEventCommonOverrides<Request = unknown, PathParams = Readonly<Record<string, string>>> {
  readonly request_body?: Override<Request> | null | '';
  /** Values of the path parameters; default: sample values. */
  readonly pathParams?: Partial<PathParams>;
  /** The whole `uri`; default: the template filled with `pathParams`. */
  readonly uri?: string;
  /** Default: the name asked for (or the operation's canonical name). */
  readonly event_type?: string;
  readonly trace_id?: string;
  readonly id?: string;
  readonly time?: string;
  readonly account?: string;
  readonly region?: string;
  readonly source?: string;
  /** Further fields of `detail.event` (`api_key`, `saas_id`, `log_id`, …, or new ones). */
  readonly log?: Readonly<Record<string, unknown>>;
}

/**
 * What `createTestEvent` may change in the event it builds: a successful call (no
 * `http_status`, or a 2xx one) with the operation's response body, or a failed call (any
 * other status) with the SaaSus error body (`ApiError`). Bodies are merged deeply into the
 * defaults (arrays are replaced); `null` as a body, or `''`, sends an empty body.
 *
 * @example
 * ```ts
 * const created: TestEventOverridesFor<'create_tenant'> = {
 *   response_body: { id: 'tenant-1', name: 'Acme' },
 *   time: '2026-05-19T02:22:58Z',
 * };
 * const failed: TestEventOverridesFor<'create_tenant'> = {
 *   http_status: '409',
 *   response_body: { type: 'tenant_exists', message: 'the tenant exists' },
 * };
 * ```
 */
export type TestEventOverrides<
  Request = unknown,
  Response = unknown,
  PathParams = Readonly<Record<string, string>>,
  ErrorBody = unknown,
> =
  | (TestEventCommonOverrides<Request, PathParams> & {
      /** Default: the operation's first success status. */
      readonly http_status?: SuccessStatus;
      readonly response_body?: Override<Response> | null | '';
    })
  | (TestEventCommonOverrides<Request, PathParams> & {
      readonly http_status: FailureStatus;
      readonly response_body?: Override<ErrorBody> | null | '';
    });

/**
 * The {@link TestEventOverrides} of one event type or operation key.
 *
 * @example
 * ```ts
 * const overrides: TestEventOverridesFor<'delete_tenant'> = { pathParams: { tenant_id: 'tenant-1' } };
 * ```
 */
export type TestEventOverridesFor<Name extends SaasusEventType | SaasusOperationKey> = TestEventOverrides<
  Exclude<OperationOf<Name>['request'], undefined>,
  Exclude<OperationOf<Name>['response'], undefined>,
  OperationOf<Name>['pathParams'],
  Exclude<OperationOf<Name>['errorResponse'], undefined>
>;

/** The overrides as the implementation reads them, whatever the operation. */
interface AnyOverrides extends TestEventCommonOverrides {
  readonly http_status?: string;
  readonly response_body?: unknown;
}

/**
 * Options of `createTestEvent`.
 *
 * @example
 * ```ts
 * const options: TestEventOptions = { form: 'object' };
 * ```
 */
export interface TestEventOptions {
  /**
   * `'string'` (default): `detail.event` a JSON string with JSON-string bodies, as SaaSus sends
   * today; `'object'`: the 2023 form, with objects.
   */
  readonly form?: 'string' | 'object';
}

/**
 * A raw SaaSus event as EventBridge delivers it, `detail` included.
 *
 * @example
 * ```ts
 * const raw: RawSaasusEvent = createTestEvent('create_tenant');
 * ```
 */
export type RawSaasusEvent = EventBridgeEnvelope<{
  event_type: string;
  /** The log record: a JSON string (string form) or an object (object form). */
  event: string | Record<string, unknown>;
  trace_id: string;
}>;

const TEST_TIME = '2026-01-01T00:00:00Z';

/**
 * Builds a raw SaaSus event exactly as EventBridge delivers it, for handler tests: defaults are
 * valid for the event type or operation key, overrides are typed from its bodies: the response
 * body of a success, or the SaaSus error body (`ApiError`) with a 4xx/5xx `http_status`.
 * `parseEvent` accepts every event it builds unless the overrides make it invalid.
 *
 * A name that two operations share (`update_tenant`, in the auth and the apigateway API) does
 * not compile: pass the operation key (`'auth.UpdateTenant'`) instead.
 *
 * @throws {RangeError} for a name or key the catalogue does not know, or a shared name (from
 * JavaScript, or with a cast).
 *
 * @example
 * ```ts
 * import { createTestEvent } from 'saasus-eventbridge/testing';
 *
 * const input = createTestEvent('create_tenant', { response_body: { id: 'tenant-1' } });
 * await handler(input, context);
 * const failed = createTestEvent('create_tenant', { http_status: '500', response_body: { type: 'internal', message: 'boom' } });
 * const renamed = createTestEvent('auth.UpdateTenant');
 * ```
 */
export function createTestEvent<const Name extends SaasusEventType | SaasusOperationKey>(
  name: TestEventName<Name>,
  overrides: TestEventOverridesFor<Name> = {},
  options: TestEventOptions = {},
): RawSaasusEvent {
  const operation = findOperation(name);
  const given = overrides as AnyOverrides;
  const status = given.http_status ?? sampleStatus(Object.keys(operation.responses)) ?? '200';
  const eventType = given.event_type ?? (name.includes('.') ? operation.eventTypes[0]! : name);
  const call: Record<string, unknown> = {
    date_time: given.time ?? TEST_TIME,
    date: (given.time ?? TEST_TIME).slice(0, 10),
    ttl: '2033-01-01T00:00:00Z',
    http_status: status,
    uri: given.uri ?? fillTemplate(operation.pathTemplate, (given.pathParams ?? {}) as Record<string, string>),
    ip_address: '127.0.0.1:40000',
    referer: 'https://saasadmin.console.saasus.io/',
    request_method: operation.method,
    saas_id: 'test_saas_id',
    api_key: 'test_api_key',
    request_body: body(operation.request, given.request_body),
    response_body: body(responseShapeName(operation.responses, status), given.response_body),
    ...given.log,
  };
  // The call decides the ids: a call built alike is the same call, anything different is another.
  const log_id = typeof call.log_id === 'string' ? call.log_id : contentUuid(JSON.stringify([eventType, call]));
  const log: Record<string, unknown> = { log_id, ...call };
  const form = options.form ?? 'string';
  const event =
    form === 'string'
      ? JSON.stringify({ ...log, request_body: encode(log.request_body), response_body: encode(log.response_body) })
      : { ...log, request_body: log.request_body ?? '', response_body: log.response_body ?? '' };
  return {
    version: '0',
    id: given.id ?? contentUuid(`id ${log_id}`),
    'detail-type': SAASUS_DETAIL_TYPE,
    source: given.source ?? `${SAASUS_SOURCE_PREFIX}00000000-0000-4000-8000-000000000000-1/event`,
    account: given.account ?? '123456789012',
    time: given.time ?? TEST_TIME,
    region: given.region ?? 'ap-northeast-1',
    resources: [],
    detail: {
      event_type: eventType,
      event,
      trace_id: given.trace_id ?? contentUuid(`trace ${log_id}`),
    },
  };
}

function findOperation(name: string): OperationEntry {
  const { byEventType } = catalogueIndex();
  if (name.includes('.')) {
    const operation = [...byEventType.values()].flat().find((entry) => `${entry.api}.${entry.operationId}` === name);
    if (operation === undefined) throw new RangeError(`unknown SaaSus event type or operation "${name}"`);
    return operation;
  }
  // One entry per operation key: the catalogue lists today's path of a moved operation first.
  const operations = byEventType.get(name)?.filter((entry, index, all) => all.findIndex((other) => other.api === entry.api && other.operationId === entry.operationId) === index);
  if (operations === undefined) throw new RangeError(`unknown SaaSus event type or operation "${name}"`);
  const [operation, ...others] = operations;
  if (others.length > 0) {
    const keys = operations.map((entry) => `"${entry.api}.${entry.operationId}"`).join(' or ');
    throw new RangeError(`"${name}" names ${operations.length} operations: pass the operation key, ${keys}`);
  }
  return operation!;
}

function body(shapeName: string | null | undefined, override: unknown): unknown {
  if (override === null || override === '') return undefined;
  const defaults = shapeName === null || shapeName === undefined ? undefined : sampleValue({ k: 'r', v: shapeName });
  return override === undefined ? defaults : mergeDeep(defaults, override);
}

function mergeDeep(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    Object.defineProperty(merged, key, { value: mergeDeep(merged[key], value), enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encode(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, param: string) =>
    encodeURIComponent(params[param] ?? (param.endsWith('_id') ? `test-${param.replace(/_id$/, '')}` : `test-${param}`)),
  );
}
