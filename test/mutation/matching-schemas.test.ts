// Operation matching over hand-made operation lists, and the zod schemas built from catalogue
// shapes: exact matches, path parameters, issues and outputs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createOperationMatcher } from '../../src/catalogue/match-operation.js';
import type { OperationEntry } from '../../src/catalogue/operation.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { zodFromShape } from '../../src/schemas/from-shape.js';
import { createSaasusEventDetailSchema, getEventSchema, jsonBody, jsonOrValue, SaasusEventDetailSchema } from '../../src/zod/index.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';

type Json = Record<string, unknown>;

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');

function operation(method: string, pathTemplate: string, operationId = `${method} ${pathTemplate}`): OperationEntry {
  return { api: 'test', operationId, method, pathTemplate, eventTypes: ['test_event'], responses: {} };
}

function matcherOver(...operations: OperationEntry[]) {
  const match = createOperationMatcher(operations);
  return (method: string, uri: string) => {
    const found = match(method, uri);
    return found === undefined ? undefined : { id: found.operation.operationId, params: { ...found.pathParams } };
  };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('matching a method and uri to an operation', () => {
  const match = matcherOver(
    operation('GET', '/users/count'),
    operation('GET', '/users/{user_id}'),
    operation('DELETE', '/users/{user_id}'),
    operation('GET', '/tenants/{tenant_id}/users/{user_id}'),
    operation('POST', '/tenants'),
  );

  it.each([
    ['GET', '/users/count', 'GET /users/count', {}],
    ['GET', '/users/u1', 'GET /users/{user_id}', { user_id: 'u1' }],
    ['DELETE', '/users/u1', 'DELETE /users/{user_id}', { user_id: 'u1' }],
    ['GET', '/tenants/t1/users/u1', 'GET /tenants/{tenant_id}/users/{user_id}', { tenant_id: 't1', user_id: 'u1' }],
    ['POST', '/tenants', 'POST /tenants', {}],
  ])('%s %s is %s', (method, uri, id, params) => {
    expect(match(method, uri)).toEqual({ id, params });
  });

  it.each([
    ['/users/u1/', { user_id: 'u1' }],
    ['/users/u1?expand=roles', { user_id: 'u1' }],
    ['/users/u1?next=/a/b', { user_id: 'u1' }],
    ['/users/u1#section', { user_id: 'u1' }],
    ['/users/u1#a?b=/c/d', { user_id: 'u1' }],
    ['/users/u1?a=1#/x/y', { user_id: 'u1' }],
    ['/users/u1/?a=1', { user_id: 'u1' }],
    ['users/u1', { user_id: 'u1' }],
    ['users/u1/', { user_id: 'u1' }],
  ])('GET %s ignores the slashes around the path, the query and the fragment', (uri, params) => {
    expect(match('GET', uri)).toEqual({ id: 'GET /users/{user_id}', params });
  });

  it.each([
    ['/users/count/', 'GET /users/count'],
    ['/users/count?x=1', 'GET /users/count'],
    ['/users/count#top', 'GET /users/count'],
    ['users/count', 'GET /users/count'],
  ])('GET %s still finds the template without parameters', (uri, id) => {
    expect(match('GET', uri)).toEqual({ id, params: {} });
  });

  it.each([
    ['/users/'],
    ['/users//'],
    ['/users'],
    ['/tenants//users/u1'],
    ['/tenants/t1/users/'],
    ['/tenants/t1/users//'],
    ['/users/u1/roles'],
    ['//users/u1'],
    [''],
    ['/'],
    ['?/users/u1'],
    ['#/users/u1'],
  ])('GET %s is no operation: an empty segment never fills a parameter', (uri) => {
    expect(match('GET', uri)).toBeUndefined();
  });

  it('a method without templates, or an unknown one, matches nothing', () => {
    expect(match('PATCH', '/users/u1')).toBeUndefined();
    expect(match('POST', '/users/u1')).toBeUndefined();
    expect(match('BREW', '/tenants')).toBeUndefined();
  });

  it.each(['get', 'Get', 'gEt'])('the method %s is matched case-insensitively', (method) => {
    expect(match(method, '/users/u1')).toEqual({ id: 'GET /users/{user_id}', params: { user_id: 'u1' } });
    expect(match(method, '/users/count')).toEqual({ id: 'GET /users/count', params: {} });
    expect(match(method, '/tenants')).toBeUndefined();
  });

  it.each([
    ['/users/a%2Fb', 'a/b'],
    ['/users/caf%C3%A9', 'café'],
    ['/users/%7Buser_id%7D', '{user_id}'],
    ['/users/a+b', 'a+b'],
    ['/users/%E0%A4%A', '%E0%A4%A'],
    ['/users/%', '%'],
    ['/users/100%', '100%'],
    ['/users/%zz', '%zz'],
  ])('GET %s gives the URL-decoded parameter %s, or the raw segment when it is not valid percent-encoding', (uri, userId) => {
    expect(match('GET', uri)).toEqual({ id: 'GET /users/{user_id}', params: { user_id: userId } });
  });

  it('a uri spelled like a template is matched by its segments: the parameter takes the text', () => {
    expect(match('GET', '/users/{user_id}')).toEqual({ id: 'GET /users/{user_id}', params: { user_id: '{user_id}' } });
    expect(match('GET', '/tenants/{tenant_id}/users/{user_id}')).toEqual({
      id: 'GET /tenants/{tenant_id}/users/{user_id}',
      params: { tenant_id: '{tenant_id}', user_id: '{user_id}' },
    });
  });
});

describe('template segments', () => {
  it('only a whole segment in braces is a parameter; braces inside a segment are literal text', () => {
    const match = matcherOver(operation('GET', '/files/v{version}'), operation('GET', '/docs/{name}.json'), operation('GET', '/empty/{}'));
    expect(match('GET', '/files/v{version}')).toEqual({ id: 'GET /files/v{version}', params: {} });
    expect(match('GET', '/files/v2')).toBeUndefined();
    expect(match('GET', '/files/{version}')).toBeUndefined();
    expect(match('GET', '/docs/{name}.json')).toEqual({ id: 'GET /docs/{name}.json', params: {} });
    expect(match('GET', '/docs/a.json')).toBeUndefined();
    expect(match('GET', '/empty/{}')).toEqual({ id: 'GET /empty/{}', params: {} });
    expect(match('GET', '/empty/x')).toBeUndefined();
  });

  it('a parameter name is the whole text between the braces', () => {
    const match = matcherOver(operation('GET', '/a/{x-y.z}/{{nested}}'));
    expect(match('GET', '/a/1/2')).toEqual({ id: 'GET /a/{x-y.z}/{{nested}}', params: { 'x-y.z': '1', '{nested}': '2' } });
  });

  it('parameters are named in template order, whatever literals lie between them', () => {
    const match = matcherOver(operation('GET', '/{a}/x/{b}/y/{c}'));
    expect(match('GET', '/1/x/2/y/3')).toEqual({ id: 'GET /{a}/x/{b}/y/{c}', params: { a: '1', b: '2', c: '3' } });
    expect(match('GET', '/1/x/2/z/3')).toBeUndefined();
  });
});

describe('choosing between templates that fit the same uri', () => {
  const tenantUser = operation('GET', '/tenants/{tenant_id}/users/{user_id}');
  const allTenantsUser = operation('GET', '/tenants/all/users/{user_id}');

  it.each(permutations([tenantUser, allTenantsUser]).map((list) => [list.map((entry) => entry.pathTemplate).join(' , '), list] as const))(
    'a literal segment wins over a parameter in the same place, in any list order (%s)',
    (_order, list) => {
      const match = matcherOver(...list);
      expect(match('GET', '/tenants/all/users/u1')).toEqual({ id: allTenantsUser.operationId, params: { user_id: 'u1' } });
      expect(match('GET', '/tenants/t1/users/u1')).toEqual({ id: tenantUser.operationId, params: { tenant_id: 't1', user_id: 'u1' } });
    },
  );

  const templates = [
    operation('GET', '/{p}/{q}/{r}'),
    operation('GET', '/{p}/{q}/c'),
    operation('GET', '/{p}/b/{r}'),
    operation('GET', '/a/{q}/{r}'),
  ];

  it.each(permutations(templates).map((list) => [list.map((entry) => entry.pathTemplate).join(' , '), list] as const))(
    'the leftmost difference decides, in any list order (%s)',
    (_order, list) => {
      const match = matcherOver(...list);
      expect(match('GET', '/a/b/c')).toEqual({ id: 'GET /a/{q}/{r}', params: { q: 'b', r: 'c' } });
      expect(match('GET', '/z/b/c')).toEqual({ id: 'GET /{p}/b/{r}', params: { p: 'z', r: 'c' } });
      expect(match('GET', '/z/y/c')).toEqual({ id: 'GET /{p}/{q}/c', params: { p: 'z', q: 'y' } });
      expect(match('GET', '/z/y/x')).toEqual({ id: 'GET /{p}/{q}/{r}', params: { p: 'z', q: 'y', r: 'x' } });
    },
  );

  it('a template without parameters wins over every template with them, whatever the trailing slash', () => {
    const match = matcherOver(operation('GET', '/users/{user_id}'), operation('GET', '/{kind}/count'), operation('GET', '/users/count'));
    expect(match('GET', '/users/count')).toEqual({ id: 'GET /users/count', params: {} });
    expect(match('GET', '/users/count/')).toEqual({ id: 'GET /users/count', params: {} });
  });
});

describe('the matches a matcher gives', () => {
  it('a path without parameters gives one shared match with frozen, empty pathParams', () => {
    const match = createOperationMatcher([operation('POST', '/tenants'), operation('GET', '/tenants/{tenant_id}')]);
    const first = match('POST', '/tenants');
    expect(first?.operation.operationId).toBe('POST /tenants');
    expect(first?.pathParams).toEqual({});
    expect(Object.isFrozen(first?.pathParams)).toBe(true);
    expect(match('POST', '/tenants')).toBe(first);
  });

  it('a path with parameters gives a new match with its own pathParams each time', () => {
    const match = createOperationMatcher([operation('GET', '/tenants/{tenant_id}')]);
    const first = match('GET', '/tenants/t1');
    const second = match('GET', '/tenants/t1');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second?.operation).toBe(first?.operation);
  });
});

describe('building the templates of a method', () => {
  function countingOperations(entries: readonly OperationEntry[]) {
    const reads = new Map<string, number>();
    const operations = entries.map((entry) => {
      const counted = { ...entry };
      Object.defineProperty(counted, 'pathTemplate', {
        enumerable: true,
        get: () => {
          reads.set(entry.operationId, (reads.get(entry.operationId) ?? 0) + 1);
          return entry.pathTemplate;
        },
      });
      return counted;
    });
    return { operations, reads };
  }

  it('happens when the first event of that method arrives, once, whatever the spelling of the method', () => {
    const { operations, reads } = countingOperations([
      operation('GET', '/users/count', 'count'),
      operation('GET', '/users/{user_id}', 'user'),
      operation('POST', '/users', 'create'),
    ]);
    const match = createOperationMatcher(operations);
    expect(reads.size).toBe(0);

    expect(match('get', '/users/u1')?.operation.operationId).toBe('user');
    const afterFirstGet = new Map(reads);
    expect(afterFirstGet.has('count')).toBe(true);
    expect(afterFirstGet.has('user')).toBe(true);
    expect(afterFirstGet.has('create')).toBe(false);

    expect(match('get', '/users/u2')?.operation.operationId).toBe('user');
    expect(match('Get', '/users/count')?.operation.operationId).toBe('count');
    expect(match('GET', '/users/u3')?.operation.operationId).toBe('user');
    expect(reads).toEqual(afterFirstGet);

    expect(match('post', '/users')?.operation.operationId).toBe('create');
    expect(match('post', '/users')?.operation.operationId).toBe('create');
    expect(reads.get('create')).toBeGreaterThan(0);
    const afterPost = new Map(reads);
    expect(match('POST', '/users/')?.operation.operationId).toBe('create');
    expect(reads).toEqual(afterPost);
    expect(reads.get('count')).toBe(afterFirstGet.get('count'));
  });
});

describe('zod schemas of primitive shapes', () => {
  const invalidType = (expected: string, received: string) => [
    { code: 'invalid_type', expected, path: [], message: `Invalid input: expected ${expected}, received ${received}` },
  ];

  it('string accepts strings only', () => {
    const schema = zodFromShape('string');
    expect(schema.parse('')).toBe('');
    expect(schema.safeParse(1).error?.issues).toEqual(invalidType('string', 'number'));
  });

  it('number accepts any finite number, fractions included', () => {
    const schema = zodFromShape('number');
    expect(schema.parse(1.5)).toBe(1.5);
    expect(schema.parse(-3)).toBe(-3);
    expect(schema.safeParse('1').error?.issues).toEqual(invalidType('number', 'string'));
    expect(schema.safeParse(true).error?.issues).toEqual(invalidType('number', 'boolean'));
  });

  it('integer accepts whole numbers only', () => {
    const schema = zodFromShape('integer');
    expect(schema.parse(42)).toBe(42);
    expect(schema.safeParse(1.5).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'int', format: 'safeint', path: [], message: 'Invalid input: expected int, received number' },
    ]);
    expect(schema.safeParse('42').error?.issues).toEqual(invalidType('number', 'string'));
  });

  it('boolean accepts booleans only', () => {
    const schema = zodFromShape('boolean');
    expect(schema.parse(false)).toBe(false);
    expect(schema.safeParse('true').error?.issues).toEqual(invalidType('boolean', 'string'));
    expect(schema.safeParse(0).error?.issues).toEqual(invalidType('boolean', 'number'));
  });

  it('unknown accepts any JSON value as it is', () => {
    const schema = zodFromShape('unknown');
    for (const value of ['s', 1.5, true, null, [1, 'a'], { a: { b: 1 } }]) expect(schema.parse(value)).toEqual(value);
  });
});

describe('zod schemas of composite shapes', () => {
  it('an enum of strings accepts any string, listed or not, and nothing else', () => {
    const schema = zodFromShape({ enum: ['daily', 'monthly'] });
    expect(schema.parse('daily')).toBe('daily');
    expect(schema.parse('hourly')).toBe('hourly');
    expect(schema.safeParse(1).error?.issues).toEqual([{ code: 'invalid_type', expected: 'string', path: [], message: 'Invalid input: expected string, received number' }]);
  });

  it('an enum of numbers accepts any number, listed or not, and no string', () => {
    const schema = zodFromShape({ enum: [1, 2, 3] });
    expect(schema.parse(2)).toBe(2);
    expect(schema.parse(7.5)).toBe(7.5);
    expect(schema.safeParse('2').error?.issues).toEqual([{ code: 'invalid_type', expected: 'number', path: [], message: 'Invalid input: expected number, received string' }]);
  });

  it('an empty anyOf accepts nothing', () => {
    const schema = zodFromShape({ anyOf: [] });
    for (const value of ['s', 1, null, {}]) expect(schema.safeParse(value).success).toBe(false);
    expect(schema.safeParse(1).error?.issues).toEqual([{ code: 'invalid_type', expected: 'never', path: [], message: 'Invalid input: expected never, received number' }]);
  });

  it('an anyOf of one shape is that shape, with its own issue rather than a union issue', () => {
    const schema = zodFromShape({ anyOf: ['integer'] });
    expect(schema.parse(3)).toBe(3);
    expect(schema.safeParse('3').error?.issues).toEqual([{ code: 'invalid_type', expected: 'number', path: [], message: 'Invalid input: expected number, received string' }]);
  });

  it('an anyOf of several shapes accepts a value of any of them', () => {
    const schema = zodFromShape({ anyOf: ['string', 'boolean', { array: 'integer' }] });
    expect(schema.parse('s')).toBe('s');
    expect(schema.parse(true)).toBe(true);
    expect(schema.parse([1, 2])).toEqual([1, 2]);
    const issues = schema.safeParse(1).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues?.[0]).toMatchObject({ code: 'invalid_union', path: [] });
  });

  it('nullable adds null to its shape', () => {
    const schema = zodFromShape({ nullable: 'number' });
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(1.25)).toBe(1.25);
    expect(schema.safeParse('1').success).toBe(false);
  });

  it('an array checks every item, with the index in the path', () => {
    const schema = zodFromShape({ array: 'boolean' });
    expect(schema.parse([true, false])).toEqual([true, false]);
    expect(schema.safeParse([true, 'no']).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'boolean', path: [1], message: 'Invalid input: expected boolean, received string' },
    ]);
  });

  it('an object requires its required properties, checks the others when present and keeps unknown ones', () => {
    const shape: Shape = { object: { id: 'string', count: 'integer', note: { nullable: 'string' } }, required: ['id'] };
    const schema = zodFromShape(shape);
    expect(schema.parse({ id: 'a', extra: [1] })).toEqual({ id: 'a', extra: [1] });
    expect(schema.parse({ id: 'a', count: 2, note: null })).toEqual({ id: 'a', count: 2, note: null });
    expect(schema.safeParse({ count: 2 }).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'string', path: ['id'], message: 'Invalid input: expected string, received undefined' },
    ]);
    expect(schema.safeParse({ id: 'a', count: 'two' }).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'number', path: ['count'], message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('a component is built once and shared by every reference to it', () => {
    const first = zodFromShape({ ref: 'ApiError' });
    expect(zodFromShape({ ref: 'ApiError' })).toBe(first);
    expect(first.parse({ type: 't', message: 'm', more: 1 })).toEqual({ type: 't', message: 'm', more: 1 });
    expect(first.safeParse({ type: 't' }).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'string', path: ['message'], message: 'Invalid input: expected string, received undefined' },
    ]);
  });
});

describe('JSON values in strings', () => {
  it('jsonOrValue reports text that is not JSON with a fixed message and no input', () => {
    const schema = jsonOrValue(z.looseObject({ id: z.string() }));
    expect(schema.parse('{"id":"t1"}')).toEqual({ id: 't1' });
    const issues = schema.safeParse('{"id":"s3cr3t').error?.issues;
    expect(issues).toEqual([{ code: 'custom', path: [], message: 'expected a JSON string, but it is not valid JSON' }]);
    expect(JSON.stringify(issues)).not.toContain('s3cr3t');
  });

  it('jsonBody without optional requires a body', () => {
    const schema = jsonBody(z.looseObject({ id: z.string() }));
    expect(schema.parse('{"id":"t1"}')).toEqual({ id: 't1' });
    expect(schema.safeParse('').error?.issues).toEqual([
      { code: 'invalid_type', expected: 'object', path: [], message: 'Invalid input: expected object, received undefined' },
    ]);
  });
});

describe('getEventSchema', () => {
  const apigatewayTenant = loadFixture('operations/apigateway/GetTenant.json');
  const authTenant = loadFixture('operations/auth/GetTenant.json');
  const authInfo = loadFixture('operations/auth/UpdateAuthInfo.json');
  const deleteTenant = loadFixture('operations/auth/DeleteTenant.json');

  it('an event type of several operations accepts a successful call of each', () => {
    const schema = getEventSchema('get_tenant');
    expect(schema.safeParse(apigatewayTenant).success).toBe(true);
    expect(schema.safeParse(authTenant).success).toBe(true);
  });

  it('the body of a failed status is no success body', () => {
    const schema = getEventSchema('create_tenant');
    const result = schema.safeParse(withLogFields(tenant, { response_body: '{"type":"internal","message":"failed"}' }));
    expect(result.success).toBe(false);
  });

  it('a request body the spec does not require may be absent or empty', () => {
    const schema = getEventSchema('update_auth_info');
    expect(schema.safeParse(authInfo).success).toBe(true);
    for (const body of ['', null, 'null']) expect(schema.safeParse(withLogFields(authInfo, { request_body: body })).success).toBe(true);
    const { request_body: _dropped, ...withoutBody } = JSON.parse((authInfo.detail as { event: string }).event) as Json;
    expect(schema.safeParse({ ...authInfo, detail: { ...(authInfo.detail as Json), event: withoutBody } }).success).toBe(true);
    expect(schema.safeParse(withLogFields(authInfo, { request_body: '{"callback_url":1}' })).success).toBe(false);
  });

  describe('as JSON Schema of the decoded event', () => {
    type Schema = { properties: Record<string, Schema>; required: string[] };
    const logOf = (schema: Schema) => schema.properties.detail!.properties.event!;

    it('does not require the bodies of an operation that has none', () => {
      const log = logOf(z.toJSONSchema(getEventSchema('delete_tenant')) as unknown as Schema);
      expect(log.required).not.toContain('request_body');
      expect(log.required).not.toContain('response_body');
      expect(log.required).toContain('uri');
      expect(getEventSchema('delete_tenant').safeParse(deleteTenant).success).toBe(true);
    });

    it('requires a success body that every success status has, and a request body the spec requires', () => {
      expect(logOf(z.toJSONSchema(getEventSchema('create_tenant')) as unknown as Schema).required).toContain('response_body');
      expect(logOf(z.toJSONSchema(getEventSchema('update_active_users')) as unknown as Schema).required).toContain('request_body');
      expect(logOf(z.toJSONSchema(getEventSchema('update_auth_info')) as unknown as Schema).required).not.toContain('request_body');
    });

    it('gives an event type of one name as a constant, and one of several names as an enum', () => {
      const single = z.toJSONSchema(getEventSchema('delete_tenant')) as unknown as Schema;
      expect(single.properties.detail!.properties.event_type).toEqual({ type: 'string', const: 'delete_tenant' });
      const several = z.toJSONSchema(getEventSchema('create_eventbridge_test_event')) as unknown as Schema;
      expect(several.properties.detail!.properties.event_type).toEqual({
        type: 'string',
        enum: ['create_eventbridge_test_event', 'create_event_bridge_test_event'],
      });
    });
  });
});

describe('schemas of operations and shapes the generated catalogue does not have yet', () => {
  const extraOperations: OperationEntry[] = [
    {
      api: 'test',
      operationId: 'TwoBodies',
      method: 'POST',
      pathTemplate: '/v1/test/two-bodies',
      eventTypes: ['test_two_bodies'],
      responses: { '200': 'TestLetter', '201': 'TestNumber', '202': 'TestFlag', '500': 'ApiError' },
    },
    {
      api: 'test',
      operationId: 'MaybeBody',
      method: 'PUT',
      pathTemplate: '/v1/test/maybe-body',
      eventTypes: ['test_maybe_body'],
      responses: { '200': 'TestLetter', '204': null, '500': 'ApiError' },
    },
  ];
  const extraShapes: Record<string, Shape> = {
    TestLetter: { object: { letter: 'string' }, required: ['letter'] },
    TestNumber: { object: { number: 'number' }, required: ['number'] },
    TestFlag: { object: { flag: 'boolean' }, required: ['flag'] },
    TestNode: { object: { name: 'string', children: { array: { ref: 'TestNode' } } }, required: ['name'] },
  };
  let modules: { zod: typeof import('../../src/zod/index.js'); fromShape: typeof import('../../src/schemas/from-shape.js') };
  const callWith = (eventType: string, method: string, responseBody: unknown) =>
    withLogFields({ ...tenant, detail: { ...(tenant.detail as Json), event_type: eventType } }, { request_method: method, http_status: '200', request_body: '', response_body: responseBody });

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/generated/catalogue.js', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../src/generated/catalogue.js')>();
      return {
        ...actual,
        operationTexts: [...actual.operationTexts, ...extraOperations.map((entry) => JSON.stringify(entry))],
        shapeTexts: { ...actual.shapeTexts, ...Object.fromEntries(Object.entries(extraShapes).map(([name, shape]) => [name, JSON.stringify(shape)])) },
      };
    });
    modules = { zod: await import('../../src/zod/index.js'), fromShape: await import('../../src/schemas/from-shape.js') };
  });

  afterAll(() => {
    vi.doUnmock('../../src/generated/catalogue.js');
    vi.resetModules();
  });

  it('an operation with several success bodies accepts any one of them, and only those', () => {
    const schema = modules.zod.getEventSchema('test_two_bodies' as never);
    expect(schema.safeParse(callWith('test_two_bodies', 'POST', '{"letter":"a"}')).success).toBe(true);
    expect(schema.safeParse(callWith('test_two_bodies', 'POST', '{"number":1}')).success).toBe(true);
    expect(schema.safeParse(callWith('test_two_bodies', 'POST', '{"flag":true}')).success).toBe(true);
    expect(schema.safeParse(callWith('test_two_bodies', 'POST', '{"type":"t","message":"m"}')).success).toBe(false);
    expect(schema.safeParse(callWith('test_two_bodies', 'POST', '')).success).toBe(false);
  });

  it('an operation with a success status without body also accepts an empty body', () => {
    const schema = modules.zod.getEventSchema('test_maybe_body' as never);
    expect(schema.safeParse(callWith('test_maybe_body', 'PUT', '')).success).toBe(true);
    expect(schema.safeParse(callWith('test_maybe_body', 'PUT', '{"letter":"a"}')).success).toBe(true);
    expect(schema.safeParse(callWith('test_maybe_body', 'PUT', '{"letter":1}')).success).toBe(false);
  });

  it('a component that refers to itself validates to any depth', () => {
    const schema = modules.fromShape.zodFromShape({ ref: 'TestNode' });
    const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b', children: [] }] };
    expect(schema.parse(tree)).toEqual(tree);
    expect(schema.safeParse({ name: 'root', children: [{ name: 'a', children: [{ name: 2 }] }] }).error?.issues).toEqual([
      { code: 'invalid_type', expected: 'string', path: ['children', 0, 'children', 0, 'name'], message: 'Invalid input: expected string, received number' },
    ]);
  });
});

describe('the detail schema', () => {
  const detail = { ...(tenant.detail as Json) };
  const issue = (saasus: string, path: (string | number)[], message: string) => ({ code: 'custom', path, message, params: { saasus } });

  it('decodes a valid detail', () => {
    const decoded = SaasusEventDetailSchema.parse(detail) as unknown as { event_type: string; event: { uri: string } };
    expect(decoded.event_type).toBe('create_tenant');
    expect(decoded.event.uri).toBe('/v1/auth/tenants');
    expect(createSaasusEventDetailSchema({ strict: true }).parse(detail)).toEqual(decoded);
  });

  it('takes unknown fields by default and reports them in strict mode only', () => {
    const withExtra = { ...detail, extra: 1 };
    expect(SaasusEventDetailSchema.safeParse(withExtra).success).toBe(true);
    expect(createSaasusEventDetailSchema().safeParse(withExtra).success).toBe(true);
    expect(createSaasusEventDetailSchema({ strict: false }).safeParse(withExtra).success).toBe(true);
    expect(createSaasusEventDetailSchema({ strict: true }).safeParse(withExtra).error?.issues).toEqual([
      issue('unknown_field', ['extra'], 'field is not in the SaaSus event format'),
    ]);
  });

  it('reports the issues of a detail that decodes, and fails', () => {
    const result = SaasusEventDetailSchema.safeParse({ ...detail, trace_id: 42 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([issue('invalid_type', ['trace_id'], 'expected string, received number')]);
  });

  it('reports a detail that is not an object, and fails', () => {
    const result = SaasusEventDetailSchema.safeParse('create_tenant');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([issue('invalid_type', [], 'expected object, received string')]);
  });

  it('reports input that cannot be read, without its error', () => {
    const unreadable = { ...detail };
    Object.defineProperty(unreadable, 'trace_id', {
      enumerable: true,
      get() {
        throw new Error('s3cr3t');
      },
    });
    const result = SaasusEventDetailSchema.safeParse(unreadable);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([issue('unreadable_input', ['trace_id'], 'the input could not be read as JSON data')]);
    expect(JSON.stringify(result.error)).not.toContain('s3cr3t');
  });
});
