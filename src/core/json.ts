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

/**
 * Names the JSON type of a value for messages, never the value itself.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A plain object as JSON would give it: not null, not an array.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
