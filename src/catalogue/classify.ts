import { catalogueIndex, eventTypeKey, namesOperation } from './catalogue.js';
import { isSuccessStatus } from '../envelope/event-format.js';
import type { SaasusEvent } from '../envelope/types.js';
import type { OperationMatch } from './match-operation.js';

/**
 * How the catalogue sees one API call log:
 * - `known`: a successful call whose `event_type` names the operation its method and `uri` name
 *   (in any spelling: see `namesOperation`);
 * - `failed`: the same, but the call failed (`http_status` not 2xx);
 * - `mismatch`: the `event_type` names an operation, but the method and `uri` name another one or none;
 * - `unknown`: the `event_type` names no operation of the catalogue.
 */
export type Classification =
  | { readonly kind: 'known' | 'failed'; readonly match: OperationMatch }
  | { readonly kind: 'mismatch'; readonly match: OperationMatch | undefined }
  | { readonly kind: 'unknown'; readonly match: OperationMatch | undefined };

/**
 * Classifies a call by its `event_type`, `request_method`, `uri` and `http_status`.
 */
export function classifyCall(eventType: string, method: string, uri: string, httpStatus: string): Classification {
  const { byEventTypeKey, match: matchOperation } = catalogueIndex();
  const match = matchOperation(method, uri);
  // The operation's own names come first: most events need no lookup by event type.
  if (match !== undefined && namesOperation(eventType, match.operation)) return { kind: isSuccessStatus(httpStatus) ? 'known' : 'failed', match };
  return { kind: byEventTypeKey.has(eventTypeKey(eventType)) ? 'mismatch' : 'unknown', match };
}

/**
 * Classifies a parsed event's call (see {@link classifyCall}).
 */
export function classifyEvent(event: SaasusEvent): Classification {
  const { event_type: eventType, event: log } = event.detail;
  return classifyCall(eventType, log.request_method, log.uri, log.http_status);
}
