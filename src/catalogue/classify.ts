import { catalogueIndex, isSuccessStatus } from './catalogue.js';
import type { SaasusEvent } from '../types.js';
import type { OperationMatch } from './match-operation.js';

/**
 * How the catalogue sees one API call log:
 * - `known`: a successful call whose `event_type` belongs to the operation its method and `uri` name;
 * - `failed`: the same, but the call failed (`http_status` not 2xx);
 * - `mismatch`: the `event_type` is known, but the method and `uri` name another operation or none;
 * - `unknown`: the catalogue does not know the `event_type`.
 */
export type Classification =
  | { readonly kind: 'known' | 'failed'; readonly match: OperationMatch }
  | { readonly kind: 'mismatch'; readonly match: OperationMatch | undefined }
  | { readonly kind: 'unknown'; readonly match: OperationMatch | undefined };

/**
 * Classifies a call by its `event_type`, `request_method`, `uri` and `http_status`.
 */
export function classifyCall(eventType: string, method: string, uri: string, httpStatus: string): Classification {
  const { byEventType, match: matchOperation } = catalogueIndex();
  const match = matchOperation(method, uri);
  // The operation's own names come first: most events need no lookup by event type.
  if (match !== undefined && match.operation.eventTypes.includes(eventType)) return { kind: isSuccessStatus(httpStatus) ? 'known' : 'failed', match };
  return { kind: byEventType.has(eventType) ? 'mismatch' : 'unknown', match };
}

/**
 * Classifies a parsed event's call (see {@link classifyCall}).
 */
export function classifyEvent(event: SaasusEvent): Classification {
  const { event_type: eventType, event: log } = event.detail;
  return classifyCall(eventType, log.request_method, log.uri, log.http_status);
}
