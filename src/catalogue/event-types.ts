import type { SaasusEventType } from '../types.js';
import { operations } from './catalogue.js';

/**
 * Every `event_type` name the catalogue knows, canonical names and alternative spellings
 * (`create_apigateway` beside `create_api_gateway`), sorted.
 *
 * @example
 * ```ts
 * eventTypes.includes('create_tenant'); // true
 * ```
 */
export const eventTypes: readonly SaasusEventType[] = /* @__PURE__ */ listEventTypes();

function listEventTypes(): readonly SaasusEventType[] {
  const names = new Set<string>();
  for (const operation of operations) for (const name of operation.eventTypes) names.add(name);
  return Object.freeze([...names].sort() as SaasusEventType[]);
}
