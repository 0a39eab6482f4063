import { eventTypeKey } from '../catalogue/catalogue.js';
import type { OperationEntry } from '../catalogue/operation.js';

// Besides the letter itself in either case, the only character whose `toLowerCase()` is an ASCII
// letter or digit is KELVIN SIGN (U+212A), which lower-cases to "k" (test/json-schema-event-type.test.ts
// checks every code point).
const OTHER_UPPER_CASE: Readonly<Record<string, string>> = { k: '\\u212A' };

/**
 * The regular expression (ECMA-262, as JSON Schema `pattern` uses) of the `event_type` values
 * that name `operation` by the decoder's rule (`namesOperation`): one of its listed spellings,
 * or any spelling whose `eventTypeKey` (underscores dropped, lower case) equals the operationId's.
 *
 * @example
 * ```ts
 * eventTypePattern(createTenant); // '^_*[cC]_*[rR]_*…[tT]_*$'
 * new RegExp(eventTypePattern(createTenant)).test('Create_Tenant'); // true
 * ```
 */
export function eventTypePattern(operation: OperationEntry): string {
  const key = eventTypeKey(operation.operationId);
  let pattern = '_*';
  for (const character of key) pattern += `${characterClass(character)}_*`;
  // A listed spelling with another key (none today) is allowed as it is.
  const others = operation.eventTypes.filter((name) => eventTypeKey(name) !== key).map(escapeRegExp);
  return others.length === 0 ? `^${pattern}$` : `^(?:${pattern}|${others.join('|')})$`;
}

function characterClass(character: string): string {
  const upper = character.toUpperCase();
  if (upper === character) return escapeRegExp(character);
  return `[${character}${upper}${OTHER_UPPER_CASE[character] ?? ''}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
