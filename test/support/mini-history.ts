/**
 * A made-up history digest (the form of spec-model/history.json) for the mini specs of
 * spec-folders.ts, so that the generator's history rules are tested on facts chosen for them:
 *
 * - auth `Thing` (today: `id`, `kind`, `name` required): `kind` required only since 2025-01-01;
 *   `colour` removed on 2024-06-01; `legacy` removed on 2022-06-01, before events began.
 * - auth `CreateThing` answered an `OldThing` (whose `name` was optional) until 2024-09-01, then
 *   a `Thing`; it took a request body only since 2024-05-01.
 * - auth `DeleteThing` (`DELETE /things/{thing_id}`, no body) removed on 2025-03-01; auth
 *   `GetThing` moved from `/thing/{thing_id}` to `/things/{thing_id}` on 2024-02-01 and was removed
 *   on 2024-06-01.
 * - stripe `GetThing` answered 200 without a body until 2025-02-01.
 */
import type { HistoryDigest } from '../../scripts/import/history-format.js';

type Digest = HistoryDigest;
type Api = Digest['apis'][string];
type Schema = Api['schemas'][string];
type Property = Schema['properties'][string];
type Operation = Api['operations'][string];

const version = (date: string) => ({ date, source: 'docs-specs' as const, commit: '0'.repeat(40), blob: '1'.repeat(40) });

function property(history: Property['history'], summary: Partial<Property> = {}): Property {
  const first = history.find((h) => !('absent' in h));
  return {
    since: first?.from ?? '2022-01-01',
    gone: null,
    requiredSince: first?.from ?? null,
    alwaysRequired: true,
    nullable: false,
    history,
    ...summary,
  };
}

const always = (type: string): Property => property([{ from: '2022-01-01', required: true, nullable: false, type }]);

function schema(properties: Record<string, Property>, gone: string | null = null): Schema {
  return {
    since: '2022-01-01',
    gone,
    alias: false,
    history: gone === null ? [{ from: '2022-01-01', type: 'object', nullable: false }] : [{ from: '2022-01-01', type: 'object', nullable: false }, { from: gone, absent: true }],
    properties,
  };
}

function operation(history: Operation['history'], summary: Partial<Operation> = {}): Operation {
  const last = history.filter((h) => !('absent' in h)).at(-1) as Extract<Operation['history'][number], { method: string }>;
  return {
    method: last.method,
    path: last.path,
    since: history[0]!.from,
    gone: null,
    request: null,
    successBody: { since: history[0]!.from, always: true },
    bodySchemasKnownSince: null,
    history,
    ...summary,
  };
}

export function miniHistory(): HistoryDigest {
  const auth: Api = {
    versions: [version('2022-01-01'), version('2024-02-01'), version('2024-05-01'), version('2024-06-01'), version('2024-09-01'), version('2025-01-01'), version('2025-03-01')],
    operationsKnownSince: '2022-01-01',
    schemas: {
      Thing: schema({
        id: always('Uuid'),
        kind: property(
          [
            { from: '2022-01-01', required: false, nullable: false, type: 'enum(a|b)' },
            { from: '2025-01-01', required: true, nullable: false, type: 'enum(a|b)' },
          ],
          { requiredSince: '2025-01-01', alwaysRequired: false },
        ),
        name: always('string'),
        size: property([{ from: '2022-01-01', required: false, nullable: false, type: 'number' }], { requiredSince: null, alwaysRequired: false }),
        colour: property([{ from: '2022-01-01', required: false, nullable: false, type: 'string[]' }, { from: '2024-06-01', absent: true }], {
          gone: '2024-06-01',
          requiredSince: null,
          alwaysRequired: false,
        }),
        legacy: property([{ from: '2022-01-01', required: false, nullable: false, type: 'string' }, { from: '2022-06-01', absent: true }], {
          gone: '2022-06-01',
          requiredSince: null,
          alwaysRequired: false,
        }),
      }),
      OldThing: schema(
        {
          id: always('Uuid'),
          name: property([{ from: '2022-01-01', required: false, nullable: false, type: 'string' }, { from: '2024-09-01', absent: true }], {
            gone: '2024-09-01',
            requiredSince: null,
            alwaysRequired: false,
          }),
        },
        '2024-09-01',
      ),
    },
    operations: {
      CreateThing: operation(
        [
          { from: '2022-01-01', operationId: 'CreateThing', method: 'POST', path: '/things', request: null, responses: { '201': 'OldThing', '500': 'Error' } },
          { from: '2024-05-01', operationId: 'CreateThing', method: 'POST', path: '/things', request: { type: 'CreateThingParam', required: true }, responses: { '201': 'OldThing', '500': 'Error' } },
          { from: '2024-09-01', operationId: 'CreateThing', method: 'POST', path: '/things', request: { type: 'CreateThingParam', required: true }, responses: { '201': 'Thing', '500': 'Error' } },
        ],
        { request: { since: '2024-05-01', always: false, requiredSince: '2024-05-01', alwaysRequired: false } },
      ),
      DeleteThing: operation(
        [
          { from: '2022-01-01', operationId: 'DeleteThing', method: 'DELETE', path: '/things/{thing_id}', request: null, responses: { '200': null, '500': 'Error' } },
          { from: '2025-03-01', absent: true },
        ],
        { gone: '2025-03-01', successBody: { since: null, always: false } },
      ),
      GetThing: operation([
        { from: '2022-01-01', operationId: 'GetThing', method: 'GET', path: '/thing/{thing_id}', request: null, responses: { '200': 'Thing', '500': 'Error' } },
        { from: '2024-02-01', operationId: 'GetThing', method: 'GET', path: '/things/{thing_id}', request: null, responses: { '200': 'Thing', '500': 'Error' } },
        { from: '2024-06-01', absent: true },
      ], { gone: '2024-06-01' }),
    },
  };
  const stripe: Api = {
    versions: [version('2024-01-01'), version('2025-02-01')],
    operationsKnownSince: '2024-01-01',
    schemas: { Thing: schema({ id: property([{ from: '2024-01-01', required: false, nullable: false, type: 'string' }], { requiredSince: null, alwaysRequired: false }) }) },
    operations: {
      GetThing: operation(
        [
          { from: '2024-01-01', operationId: 'GetThing', method: 'GET', path: '/things', request: null, responses: { '200': null, '500': 'Error' } },
          { from: '2025-02-01', operationId: 'GetThing', method: 'GET', path: '/things', request: null, responses: { '200': 'Thing', '500': 'Error' } },
        ],
        { successBody: { since: '2025-02-01', always: false } },
      ),
    },
  };
  const source = { repository: 'example/specs', holds: 'schemas and operations' as const, from: '2022-01-01', to: '2025-03-01', files: 9 };
  return {
    format: 'saasus-spec-history/1',
    computedBy: 'scripts/import/history.ts',
    eventsBegan: '2023-01-01',
    sources: { 'sdk-models': { ...source, holds: 'schemas' }, 'docs-specs': source },
    apis: { auth: auth, stripe },
  };
}
