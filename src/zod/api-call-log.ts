import { z } from 'zod';
import { HTTP_STATUS_MESSAGE, HTTP_STATUS_PATTERN } from '../envelope/event-format.js';
import { capIssues } from './issue-cap.js';

/**
 * Builds the schema of a decoded SaaSus API call log (`detail.event`) with the given body
 * schemas; the bodies are expected decoded (see `jsonBody` for raw ones). Each body reports at
 * most 100 issues and one that counts the rest, as `parseEvent` does.
 *
 * @example
 * ```ts
 * const Log = apiCallLogSchema(z.unknown(), z.looseObject({ id: z.string() }));
 * ```
 */
export function apiCallLogSchema<Request extends z.ZodType, Response extends z.ZodType>(request: Request, response: Response) {
  return z.looseObject({
    log_id: z.string(),
    date_time: z.string(),
    date: z.string(),
    ttl: z.string(),
    http_status: z.string().regex(new RegExp(HTTP_STATUS_PATTERN), { message: HTTP_STATUS_MESSAGE }),
    uri: z.string(),
    ip_address: z.string(),
    referer: z.string(),
    request_method: z.string(),
    saas_id: z.string(),
    api_key: z.string(),
    request_body: capIssues(request),
    response_body: capIssues(response),
  });
}
