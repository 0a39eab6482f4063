/**
 * The history digest computed from a small synthetic history (test/support/history-fixtures/
 * widgets): SDK models from 2022-11 to 2023-03, then three docs specs of a `shop` API and one of a
 * `news` API. Its README.md says what changes in each version.
 */
import { describe, expect, it } from 'vitest';
import {
  type HistoryDigest,
  HistoryDigestSchema,
  type OperationHistory,
  type PropertyHistory,
  type SchemaHistory,
  digestProblems,
  printDigest,
} from '../../../scripts/import/history-format.js';
import { computeHistory } from '../../../scripts/import/history.js';
import { historyFixture } from '../../support/history-fixtures/index.js';

const digest = computeHistory(historyFixture('widgets'));
const shop = digest.apis['shop'];

function schema(name: string): SchemaHistory {
  const s = shop?.schemas[name];
  if (s === undefined) throw new Error(`no schema ${name}`);
  return s;
}

function property(schemaName: string, name: string): PropertyHistory {
  const p = schema(schemaName).properties[name];
  if (p === undefined) throw new Error(`no property ${schemaName}.${name}`);
  return p;
}

function operation(id: string): OperationHistory {
  const o = shop?.operations[id];
  if (o === undefined) throw new Error(`no operation ${id}`);
  return o;
}

describe('history digest: versions and header', { timeout: 60_000 }, () => {
  it('lists each API with its versions oldest first, one per day (the later of two on one day)', () => {
    expect(Object.keys(digest.apis)).toEqual(['news', 'shop']);
    expect(shop?.versions.map((v) => `${v.date} ${v.source} ${v.blob.slice(0, 2)}`)).toEqual([
      '2022-11-01 sdk-models a9',
      '2022-12-20 sdk-models a1',
      '2023-03-01 sdk-models a2',
      '2024-02-01 docs-specs b3',
      '2024-09-01 docs-specs b4',
      '2025-06-01 docs-specs b5',
    ]);
    // `Gadget` was only in the version superseded on the same day.
    expect(shop?.schemas['Gadget']).toBeUndefined();
  });

  it('names its sources, their date ranges and file counts', () => {
    expect(digest.sources).toEqual({
      'sdk-models': { repository: 'saasus-platform/saasus-sdk-javascript', holds: 'schemas', from: '2022-11-01', to: '2023-03-01', files: 4 },
      'docs-specs': {
        repository: 'Anti-Pattern-Inc/saasus-platform-document',
        holds: 'schemas and operations',
        from: '2024-02-01',
        to: '2025-06-01',
        files: 4,
      },
    });
    expect(digest.eventsBegan).toBe('2023-01-01');
    expect(digest.format).toBe('saasus-spec-history/1');
  });

  it('is a valid digest whose summaries follow from its timelines', () => {
    expect(HistoryDigestSchema.safeParse(digest).success).toBe(true);
    expect(digestProblems(digest)).toEqual([]);
  });
});

describe('history digest: properties', { timeout: 60_000 }, () => {
  it('a property present and required in every version is always required, since its first version', () => {
    expect(property('Widget', 'name')).toMatchObject({ since: '2022-11-01', requiredSince: '2022-11-01', alwaysRequired: true, gone: null });
  });

  it('a property added later is not always required, and says since when it exists', () => {
    expect(property('Widget', 'nickname')).toMatchObject({ since: '2024-09-01', requiredSince: '2024-09-01', alwaysRequired: false });
  });

  it('a property required later says since when it is required', () => {
    expect(property('Widget', 'phone')).toMatchObject({ since: '2022-12-20', requiredSince: '2024-02-01', alwaysRequired: false });
    expect(property('Widget', 'phone').history).toEqual([
      { from: '2022-11-01', absent: true },
      { from: '2022-12-20', required: false, nullable: false, type: 'string' },
      { from: '2024-02-01', required: true, nullable: false, type: 'string' },
    ]);
  });

  it('a property that became optional has no requiredSince and is not always required', () => {
    expect(property('Widget', 'email')).toMatchObject({ since: '2022-12-20', requiredSince: null, alwaysRequired: false, gone: null });
    expect(property('Widget', 'email').history.at(-1)).toEqual({ from: '2025-06-01', required: false, nullable: false, type: 'string' });
  });

  it('only the versions in effect since events began count: optional in November 2022 only is still always required', () => {
    expect(property('Widget', 'code')).toMatchObject({ since: '2022-11-01', requiredSince: '2022-12-20', alwaysRequired: true });
  });

  it('a nullable property is marked nullable', () => {
    expect(property('Widget', 'note')).toMatchObject({ nullable: true, requiredSince: null });
    expect(property('Widget', 'name').nullable).toBe(false);
  });

  it('a property of a schema that appeared later is always required when its schema always required it', () => {
    expect(schema('Widgets').since).toBe('2024-02-01');
    expect(property('Widgets', 'widgets')).toMatchObject({ alwaysRequired: true });
    expect(digest.apis['news']?.schemas['Article']?.properties['id']?.alwaysRequired).toBe(true);
    expect(digest.apis['news']?.schemas['Article']?.properties['headline']?.alwaysRequired).toBe(false);
  });

  it('types compare across the two sources: no change where the SDK and the spec say the same', () => {
    // `id` is a string in the SDK and `$ref: Uuid` (a string) in the spec.
    expect(property('Widget', 'id').history).toEqual([{ from: '2022-11-01', required: true, nullable: false, type: 'string' }]);
    // An inline enum (the SDK's WidgetColorEnum), an array of inline objects, a reference.
    expect(property('Widget', 'color').history.at(-1)).toMatchObject({ type: 'enum(blue|red)' });
    expect(property('Widget', 'color').history).toHaveLength(2);
    expect(property('Widget', 'parts').history.at(-1)).toMatchObject({ type: 'object[]' });
    expect(property('Widget', 'status').history.at(-1)).toMatchObject({ type: 'Status' });
    expect(property('Order', 'meta').history.at(-1)).toMatchObject({ type: 'record<unknown>' });
  });

  it('tracks inline objects as schemas named by their place', () => {
    expect(property('Widget.parts[]', 'sku')).toMatchObject({ since: '2022-12-20', alwaysRequired: true });
    expect(property('Widget.parts[]', 'count')).toMatchObject({ requiredSince: null });
    expect(property('Widget.size', 'width')).toMatchObject({ since: '2022-12-20', alwaysRequired: true });
  });
});

describe('history digest: schemas', { timeout: 60_000 }, () => {
  it('records an enum whose values changed as a change of its type', () => {
    expect(schema('Status').history).toEqual([
      { from: '2022-11-01', absent: true },
      { from: '2022-12-20', type: 'enum(closed|open)', nullable: false },
      { from: '2024-09-01', type: 'enum(archived|open)', nullable: false },
    ]);
  });

  it('reads the SDK names as the spec components: ModelError is Error, an allOf is one schema', () => {
    expect(schema('Error').since).toBe('2022-11-01');
    expect(shop?.schemas['ModelError']).toBeUndefined();
    expect(shop?.schemas['OrderAllOf']).toBeUndefined();
    expect(Object.keys(schema('Order').properties)).toEqual(['id', 'meta', 'widget_ids']);
    expect(property('Order', 'widget_ids')).toMatchObject({ since: '2022-12-20', alwaysRequired: true });
  });

  it('starts an alias (which the SDK inlines) at its API\'s first docs spec, not as absent before', () => {
    expect(schema('Uuid')).toMatchObject({ alias: true, since: '2024-02-01' });
    expect(schema('Uuid').history).toEqual([{ from: '2024-02-01', type: 'string', nullable: false }]);
    expect(schema('Widget').alias).toBe(false);
  });
});

describe('history digest: operations', { timeout: 60_000 }, () => {
  it('are known from the first docs spec on', () => {
    expect(shop?.operationsKnownSince).toBe('2024-02-01');
    expect(operation('CreateWidget').history[0]?.from).toBe('2024-02-01');
  });

  it('a removed operation says since when it is gone', () => {
    expect(operation('ReturnInternalServerError')).toMatchObject({ since: '2024-02-01', gone: '2025-06-01' });
  });

  it('a response body added later: the success body was not always answered', () => {
    expect(operation('DeleteWidget').successBody).toEqual({ since: '2025-06-01', always: false });
    expect(operation('CreateWidget').successBody).toEqual({ since: '2024-02-01', always: true });
    expect(operation('UpdateWidget').successBody).toEqual({ since: null, always: false });
  });

  it('a request body is always required only when every version marks it required', () => {
    expect(operation('CreateWidget').request).toEqual({ since: '2024-02-01', always: true, requiredSince: '2024-02-01', alwaysRequired: true });
    expect(operation('UpdateWidget').request).toEqual({ since: '2024-02-01', always: true, requiredSince: '2024-09-01', alwaysRequired: false });
    expect(operation('DeleteWidget').request).toBeNull();
  });

  it('matches an operation whose id changed by its method and path, and one that moved by its id', () => {
    expect(shop?.operations['GetWidgets']).toBeUndefined();
    expect(operation('ListWidgets').since).toBe('2024-02-01');
    expect(operation('ListWidgets').history.map((h) => ('operationId' in h ? h.operationId : 'absent'))).toEqual(['GetWidgets', 'ListWidgets']);
    expect(operation('GetOrder')).toMatchObject({ path: '/purchases/{order_id}', since: '2024-02-01', gone: null });
  });

  it('hints since when the body schemas of an operation of the first docs spec existed', () => {
    expect(operation('CreateWidget').bodySchemasKnownSince).toBe('2022-11-01');
    expect(operation('GetOrder').bodySchemasKnownSince).toBe('2022-12-20');
    expect(operation('DeleteWidget').bodySchemasKnownSince).toBeNull();
  });
});

describe('history digest: text', { timeout: 60_000 }, () => {
  const text = printDigest(digest);

  it('is canonical: keys sorted, the same text from a second computation', () => {
    expect(printDigest(computeHistory(historyFixture('widgets')))).toBe(text);
    const keys = Object.keys(JSON.parse(text) as HistoryDigest);
    expect(keys).toEqual([...keys].sort());
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('holds no prose of the specs', () => {
    for (const prose of ['must never reach', 'Lists the widgets', 'title prose', 'An identifier', 'Synthetic shop API', 'Always fails']) {
      expect(text).not.toContain(prose);
    }
  });
});

describe('digestProblems', { timeout: 60_000 }, () => {
  const copy = (): HistoryDigest => JSON.parse(JSON.stringify(digest)) as HistoryDigest;

  it('finds a summary that does not follow from the timeline', () => {
    const d = copy();
    (d.apis['shop']?.schemas['Widget']?.properties['phone'] as PropertyHistory).alwaysRequired = true;
    expect(digestProblems(d)).toEqual(['shop.Widget.phone: summary does not follow from its history']);
  });

  it('finds a timeline entry on a day that is no version, and a repeated state', () => {
    const d = copy();
    const p = d.apis['shop']?.schemas['Widget']?.properties['name'] as PropertyHistory;
    p.history.push({ from: '2025-01-01', required: true, nullable: false, type: 'string' });
    expect(digestProblems(d)).toEqual([
      'shop.Widget.name: 2025-01-01 is no version of shop',
      'shop.Widget.name: history repeats a state at 2025-01-01',
    ]);
  });

  it('finds an operation summary that does not follow from the timeline', () => {
    const d = copy();
    (d.apis['shop']?.operations['DeleteWidget'] as OperationHistory).successBody.always = true;
    expect(digestProblems(d)).toEqual(['shop DeleteWidget: summary does not follow from its history']);
  });
});
