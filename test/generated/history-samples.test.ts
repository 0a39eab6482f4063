// Every event SaaSus has sent since 2023 parses: for every version of every API's spec in effect
// since events began, a call of every writing operation that version had, with bodies built from
// that version's schemas (required fields only, and every field), parses in the default mode as
// a call of that operation. Built here, from the committed history digest, rather than kept in
// fixtures/, which validate-fixtures checks in strict mode against today's spec.
import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/catalogue/get-operation.js';
import { safeParseEvent } from '../../src/index.js';
import { historicalCalls } from '../support/history-events.js';

describe('events shaped by earlier versions of the specs', () => {
  const calls = historicalCalls();

  it('cover every API with writing operations (apilog has none), and versions from 2023 on', () => {
    expect(new Set(calls.map((c) => c.api))).toEqual(
      new Set(['analysis', 'apigateway', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing', 'stripe']),
    );
    expect(calls.some((c) => c.date < '2024-01-01')).toBe(true);
    expect(calls.length).toBeGreaterThan(1000);
  });

  it('all parse in the default mode, as calls of their operation', () => {
    const failures: string[] = [];
    for (const { api, date, allFields, state, event } of calls) {
      const result = safeParseEvent(event);
      const where = `${api}.${state.operationId} ${state.method} ${state.path} (${date}, ${allFields ? 'all fields' : 'required fields'})`;
      if (!result.success) {
        failures.push(`${where}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      const operation = getOperation(result.data);
      if (operation?.api !== api || operation.operationId !== state.operationId) failures.push(`${where}: decoded as ${operation?.api}.${operation?.operationId}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
