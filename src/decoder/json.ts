import type { IssueCollector } from './issues.js';

/** Marks a JSON string that could not be decoded; an issue has been recorded for it. */
export const INVALID_JSON: unique symbol = Symbol('invalid JSON');

/**
 * Decodes a JSON string, recording an `invalid_json` issue at `key` when it is not JSON.
 *
 * The native `SyntaxError` is dropped on purpose: V8 quotes part of the input in its message,
 * and that input can be the `api_key` or a request body.
 */
export function decodeJson(text: string, issues: IssueCollector, key?: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const message = text.trim() === '' ? 'expected JSON, received an empty string' : 'expected a JSON string, but it is not valid JSON';
    if (key === undefined) issues.add('invalid_json', message);
    else issues.add('invalid_json', message, key);
    return INVALID_JSON;
  }
}
