/**
 * One SaaSus API operation as the generated catalogue records it. The catalogue also holds the
 * operations of earlier versions of the specs (removed ones, and old paths of moved ones: listed
 * after today's, marked `@deprecated` in the types and in docs/event-types.md), so that their
 * events still decode as calls of the operation.
 *
 * @example
 * ```ts
 * const createTenant: OperationEntry = {
 *   api: 'auth',
 *   operationId: 'CreateTenant',
 *   method: 'POST',
 *   pathTemplate: '/v1/auth/tenants',
 *   eventTypes: ['create_tenant'],
 *   request: 'CreateTenantParam',
 *   responses: { '201': 'Tenant', '500': 'Error' },
 * };
 * ```
 */
export interface OperationEntry {
  /** The SaaSus API: `auth`, `pricing`, `apigateway`, …. */
  readonly api: string;
  readonly operationId: string;
  /** Upper-case HTTP method, as `request_method` carries it. */
  readonly method: string;
  /** The full URI template as an event's `uri` carries it, e.g. `/v1/auth/tenants/{tenant_id}`. */
  readonly pathTemplate: string;
  /** The `event_type` names of this operation: the canonical one first, then known alternative spellings. */
  readonly eventTypes: readonly [string, ...string[]];
  /** Name of the request body's component shape, absent when the operation takes no body. */
  readonly request?: string;
  /** `true` where the spec marks the request body required. */
  readonly requestRequired?: true;
  /**
   * Response body shape names by HTTP status (`'200'`, `'201'`, `'404'`, …); `null` where that
   * status has no body.
   */
  readonly responses: Readonly<Record<string, string | null>>;
  /**
   * Bodies today's spec has that earlier versions did not (`request`, or a success status): the
   * date since which it has them. Absent from an event, such a body is reported in strict mode
   * only for a call made on or after that date.
   */
  readonly since?: Readonly<Record<string, string>>;
}
