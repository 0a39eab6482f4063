import { safeParseEvent } from '../decoder/parse-event.js';
import type { FileContent } from './read-events.js';
import type { EventFailure, FileReport } from './report.js';

// What an event_type looks like; anything else is not printed (it could be long, or hold
// terminal control characters).
const PRINTABLE_EVENT_TYPE = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * Validates every event of a file's content with the decoder and builds the file's report.
 *
 * @example
 * ```ts
 * const report = checkFile('events.jsonl', eventsFromText('events.jsonl', text), { strict: true });
 * ```
 */
export function checkFile(file: string, content: FileContent, options: { readonly strict: boolean }): FileReport {
  if ('error' in content) {
    const error = content.position === undefined ? { message: content.error } : { message: content.error, position: content.position };
    return { file, events: 0, failures: [], error };
  }
  const failures: EventFailure[] = [];
  for (const event of content.events) {
    if (event.syntaxError !== undefined) {
      const { column } = event.syntaxError;
      const message = column === undefined ? 'not valid JSON' : `not valid JSON (column ${column})`;
      failures.push({ index: event.index, ...event.syntaxError, issues: [{ code: 'invalid_json', path: [], message }], omitted: 0 });
      continue;
    }
    const result = safeParseEvent(event.value, options);
    if (result.success) continue;
    const line = event.line ?? content.lineOf?.(event.index);
    const eventType = printableEventType(event.value);
    failures.push({
      index: event.index,
      ...(line === undefined ? {} : { line }),
      ...(eventType === undefined ? {} : { eventType }),
      issues: result.error.issues,
      omitted: result.error.omitted,
    });
  }
  return { file, layout: content.layout, events: content.events.length, failures };
}

/**
 * The `detail.event_type` of a raw event when it is a plain name, for reports.
 *
 * @example
 * ```ts
 * printableEventType({ detail: { event_type: 'create_tenant' } }); // 'create_tenant'
 * printableEventType({ detail: { event_type: 'a\u001b[2J' } }); // undefined
 * ```
 */
export function printableEventType(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const detail = (event as { detail?: unknown }).detail;
  if (typeof detail !== 'object' || detail === null) return undefined;
  const eventType = (detail as { event_type?: unknown }).event_type;
  return typeof eventType === 'string' && PRINTABLE_EVENT_TYPE.test(eventType) ? eventType : undefined;
}
