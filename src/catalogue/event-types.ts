import type { SaasusEventType } from '../envelope/types.js';
import { eventTypeNames } from '../generated/catalogue.js';

/**
 * Every `event_type` name the catalogue knows, canonical names and alternative spellings
 * (`create_apigateway` beside `create_api_gateway`), sorted.
 *
 * @example
 * ```ts
 * eventTypes.includes('create_tenant'); // true
 * ```
 */
export const eventTypes: readonly SaasusEventType[] = /* @__PURE__ */ Object.freeze([...eventTypeNames] as SaasusEventType[]);
