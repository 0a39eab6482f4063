/**
 * Writes `test/generated/event-types.test-d.ts`: type tests over every `event_type` name and
 * every operation key of the model, so that no name is proved by sample only.
 */
import type { Model } from './model.js';
import { HEADER } from './emit.js';
import { key, quote } from './print.js';

/** The path of the generated type tests, relative to the repository root. */
export const TYPE_TESTS_PATH = 'test/generated/event-types.test-d.ts';

export function emitTypeTests(model: Model): string {
  const keysByName = new Map<string, string[]>();
  const canonicalNames = new Set<string>();
  for (const op of model.operations) {
    canonicalNames.add(op.eventTypes[0]);
    const opKey = `${op.api}.${op.operationId}`;
    for (const name of op.eventTypes) {
      const keys = keysByName.get(name) ?? [];
      if (!keys.includes(opKey)) keysByName.set(name, [...keys, opKey]);
    }
  }
  const names = [...keysByName.keys()].sort();
  const keysOf = (name: string): string => keysByName.get(name)!.map(quote).join(' | ');
  const handlers = (selected: readonly string[]): string[] =>
    selected.map((name) => `      ${key(name)}: (event) => void (true satisfies EventChecks<typeof event, ${keysOf(name)}>),`);
  const operationKeys = [...new Set(model.operations.map((op) => `${op.api}.${op.operationId}`))];
  return [
    HEADER,
    '//',
    '// Type tests over every `event_type` name and every operation key: `SaasusEventOf<name>`, the',
    '// event a `createEventHandler` handler of the name receives, and `SaasusOperationEvent<key>`',
    '// are never `never`, carry the canonical name, `trace_id` and `uri`, and type the bodies as the',
    '// operations do (see test/support/type-checks.ts). A failure names the check that failed.',
    '',
    "import { describe, it } from 'vitest';",
    "import { createEventHandler, type SaasusEventOf, type SaasusEventType, type SaasusOperationEvent, type SaasusOperationKey } from '../../src/index.js';",
    "import type { Equal, EventChecks, Expect } from '../support/type-checks.js';",
    '',
    "describe('every event_type name', () => {",
    "  it('SaasusEventOf<name> is the event of the operations the name belongs to', () => {",
    '    interface Checked {',
    ...names.map((name) => `      ${key(name)}: Expect<EventChecks<SaasusEventOf<${quote(name)}>, ${keysOf(name)}>>;`),
    '    }',
    '    type EveryName = Expect<Equal<keyof Checked, SaasusEventType>>;',
    '  });',
    '',
    "  it('a createEventHandler handler of a canonical name receives that event', () => {",
    '    createEventHandler({',
    ...handlers(names.filter((name) => canonicalNames.has(name))),
    '    });',
    '  });',
    '',
    "  it('a createEventHandler handler of an alternative spelling receives the event of its operation', () => {",
    '    createEventHandler({',
    ...handlers(names.filter((name) => !canonicalNames.has(name))),
    '    });',
    '  });',
    '});',
    '',
    "describe('every operation key', () => {",
    "  it('SaasusOperationEvent<key> is the event of the operation', () => {",
    '    interface Checked {',
    ...operationKeys.map((operationKey) => `      ${quote(operationKey)}: Expect<EventChecks<SaasusOperationEvent<${quote(operationKey)}>, ${quote(operationKey)}>>;`),
    '    }',
    '    type EveryKey = Expect<Equal<keyof Checked, SaasusOperationKey>>;',
    '  });',
    '});',
    '',
  ].join('\n');
}
