type Json = Record<string, unknown>;

/**
 * The floor for a string-form event: only the `JSON.parse` calls any decoder must make
 * (`detail.event`, then `request_body` and `response_body` inside it, when not empty), and
 * nothing else: no validation, no copies.
 *
 * @example
 * ```ts
 * const { log, requestBody, responseBody } = stringFormFloor(event);
 * ```
 */
export function stringFormFloor(event: Json) {
  const log = JSON.parse((event.detail as Json).event as string) as Json;
  const requestBody: unknown = log.request_body === '' ? undefined : JSON.parse(log.request_body as string);
  const responseBody: unknown = log.response_body === '' ? undefined : JSON.parse(log.response_body as string);
  return { log, requestBody, responseBody };
}

/**
 * The floor for an object-form event, which needs no `JSON.parse`: a shallow copy of the three
 * objects `parseEvent` promises to return new (envelope, `detail`, `detail.event`), which is
 * also the least work that visits every property a decoder has to look at.
 *
 * @example
 * ```ts
 * const copy = objectFormFloor(event);
 * ```
 */
export function objectFormFloor(event: Json): Json {
  const detail = event.detail as Json;
  return { ...event, detail: { ...detail, event: { ...(detail.event as Json) } } };
}
