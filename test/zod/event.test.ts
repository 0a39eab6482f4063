// Operation matching over hand-made operation lists, and the zod schemas built from catalogue
// shapes: exact matches, path parameters, issues and outputs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { objectShape } from '../../src/catalogue/build-shape.js';
import { createOperationMatcher } from '../../src/catalogue/match-operation.js';
import type { OperationEntry } from '../../src/catalogue/operation.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { createSaasusEventDetailSchema, createSaasusEventSchema, getEventSchema, jsonBody, jsonOrValue, SaasusEventDetailSchema } from '../../src/zod/index.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';

type Json = Record<string, unknown>;

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');

/** The issue getEventSchema raises for a valid event that is no successful call of its type. */
const unexpected = (path: (string | number)[], message: string) => ({ code: 'custom', path, message, params: { saasus: 'unexpected_value' } });

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

  it.each(['get', 'Get', 'gEt', 'GET ', ' GET'])('the method %j matches nothing: methods are compared exactly', (method) => {
    expect(match(method, '/users/u1')).toBeUndefined();
    expect(match(method, '/users/count')).toBeUndefined();
    expect(match('GET', '/users/u1')).toEqual({ id: 'GET /users/{user_id}', params: { user_id: 'u1' } });
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

  it('happens when the first event of that method arrives, once; a method no operation has builds nothing', () => {
    const { operations, reads } = countingOperations([
      operation('GET', '/users/count', 'count'),
      operation('GET', '/users/{user_id}', 'user'),
      operation('POST', '/users', 'create'),
    ]);
    const match = createOperationMatcher(operations);
    const readsAtCreation = new Map(reads);
    expect(match.tableCount).toBe(0);

    expect(match('GET', '/users/u1')?.operation.operationId).toBe('user');
    expect(match.tableCount).toBe(1);
    const afterFirstGet = new Map(reads);
    expect((afterFirstGet.get('count') ?? 0) - (readsAtCreation.get('count') ?? 0)).toBeGreaterThan(0);
    expect((afterFirstGet.get('user') ?? 0) - (readsAtCreation.get('user') ?? 0)).toBeGreaterThan(0);
    expect(afterFirstGet.get('create')).toBe(readsAtCreation.get('create'));

    expect(match('GET', '/users/u2')?.operation.operationId).toBe('user');
    expect(match('GET', '/users/count')?.operation.operationId).toBe('count');
    expect(match('get', '/users/u3')).toBeUndefined();
    expect(match('BREW', '/users')).toBeUndefined();
    expect(reads).toEqual(afterFirstGet);
    expect(match.tableCount).toBe(1);

    expect(match('POST', '/users')?.operation.operationId).toBe('create');
    expect(match('POST', '/users')?.operation.operationId).toBe('create');
    expect(reads.get('create')).toBeGreaterThan(readsAtCreation.get('create') ?? 0);
    const afterPost = new Map(reads);
    expect(match('POST', '/users/')?.operation.operationId).toBe('create');
    expect(reads).toEqual(afterPost);
    expect(reads.get('count')).toBe(afterFirstGet.get('count'));
    expect(match.tableCount).toBe(2);
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

  it('an operation without bodies takes none, and any', () => {
    expect(getEventSchema('delete_tenant').safeParse(deleteTenant).success).toBe(true);
    expect(getEventSchema('delete_tenant').safeParse(withLogFields(deleteTenant, { request_body: '{"anything":1}', response_body: '[1]' })).success).toBe(true);
  });

  it('requires a success body the spec gives, and a request body the spec requires', () => {
    expect(getEventSchema('create_tenant').safeParse(withLogFields(tenant, { response_body: '' })).error?.issues.map((issue) => issue.path)).toEqual([
      ['detail', 'event', 'response_body'],
    ]);
    const activeUsers = loadFixture('operations/analysis/UpdateActiveUsers.json');
    expect(getEventSchema('update_active_users').safeParse(activeUsers).success).toBe(true);
    expect(getEventSchema('update_active_users').safeParse(withLogFields(activeUsers, { request_body: '' })).error?.issues.map((issue) => issue.path)).toEqual([
      ['detail', 'event', 'request_body'],
    ]);
  });

  it('reports a call of another type as unexpected values, naming every operation of the type', () => {
    expect(getEventSchema('get_tenant').safeParse(tenant).error?.issues).toEqual([
      unexpected(['detail', 'event_type'], 'expected the event type "get_tenant" in any spelling'),
      unexpected(
        ['detail', 'event', 'request_method'],
        'request_method and uri do not name an operation of get_tenant (GET /v1/apigateway/tenants/{tenant_id} or GET /v1/auth/tenants/{tenant_id})',
      ),
    ]);
  });

  it('requires a 2xx status of a call that is no call of the type, too', () => {
    // create_tenant's name on the uri of CreateSaasUser, failed: valid for parseEvent (bodies unchecked).
    const elsewhere = withLogFields(tenant, { uri: '/v1/auth/users', http_status: '500' });
    expect(getEventSchema('create_tenant').safeParse(elsewhere).error?.issues).toEqual([
      unexpected(['detail', 'event', 'uri'], 'request_method and uri do not name an operation of create_tenant (POST /v1/auth/tenants)'),
      unexpected(['detail', 'event', 'http_status'], 'expected a 2xx HTTP status: the schema of create_tenant describes its successful calls'),
    ]);
  });

  it('names the event type the catalogue does not know in its RangeError', () => {
    expect(() => getEventSchema('launch_rocket' as never)).toThrow(new RangeError('unknown SaaSus event type "launch_rocket"'));
  });

  it('is a JSON Schema resource named after its event type, in each form', () => {
    // No other test of this file uses get_api_key: its schema is built here.
    const schema = getEventSchema('get_api_key');
    expect((z.toJSONSchema(schema) as Json).$id).toBe('urn:saasus-eventbridge:event:get_api_key:decoded');
    expect((z.toJSONSchema(schema, { io: 'input' }) as Json).$id).toBe('urn:saasus-eventbridge:event:get_api_key:raw');
  });
});

describe('createSaasusEventSchema', () => {
  it('checks more in strict mode, and names its JSON Schema resource by its mode', () => {
    const lenient = createSaasusEventSchema();
    const strict = createSaasusEventSchema({ strict: true });
    const withExtra = { ...tenant, extra: 1 };
    expect(lenient.safeParse(withExtra).success).toBe(true);
    expect(strict.safeParse(withExtra).error?.issues).toEqual([
      { code: 'custom', path: ['extra'], message: 'field is not in the SaaSus event format', params: { saasus: 'unknown_field' } },
    ]);
    // A schema made after SaasusEventSchema has a number in its name: `event:2`, ….
    expect((z.toJSONSchema(lenient) as Json).$id).toMatch(/^urn:saasus-eventbridge:event(:\d+)?:decoded$/);
    expect((z.toJSONSchema(strict) as Json).$id).toMatch(/^urn:saasus-eventbridge:event:strict(:\d+)?:decoded$/);
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
    {
      api: 'test',
      operationId: 'Tree',
      method: 'POST',
      pathTemplate: '/v1/test/tree',
      eventTypes: ['test_tree'],
      responses: { '200': 'TestNode' },
    },

    // One event type, two operations of different methods.
    {
      api: 'test',
      operationId: 'OpenDoor',
      method: 'POST',
      pathTemplate: '/v1/test/doors',
      eventTypes: ['test_door'],
      responses: { '201': null },
    },
    {
      api: 'test',
      operationId: 'CloseDoor',
      method: 'DELETE',
      pathTemplate: '/v1/test/doors/{door_id}',
      eventTypes: ['test_door'],
      responses: { '204': null },
    },
  ];
  const extraShapes: Record<string, Shape> = {
    TestLetter: objectShape({ letter: { k: 's' } }, ['letter']),
    TestNumber: objectShape({ number: { k: 'n' } }, ['number']),
    TestFlag: objectShape({ flag: { k: 'b' } }, ['flag']),
    TestNode: objectShape({ name: { k: 's' }, children: { k: 'a', v: { k: 'r', v: 'TestNode' } } }, ['name']),
  };
  let modules: { zod: typeof import('../../src/zod/index.js') };
  const callWith = (eventType: string, method: string, responseBody: unknown) =>
    withLogFields(
      { ...tenant, detail: { ...(tenant.detail as Json), event_type: eventType } },
      {
        request_method: method,
        uri: extraOperations.find((operation) => operation.eventTypes[0] === eventType)!.pathTemplate,
        http_status: '200',
        request_body: '',
        response_body: responseBody,
      },
    );

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
    modules = { zod: await import('../../src/zod/index.js') };
  });

  afterAll(() => {
    vi.doUnmock('../../src/generated/catalogue.js');
    vi.resetModules();
  });

  it('an operation with several success bodies takes the one of the status, and the first listed for another status', () => {
    const schema = modules.zod.getEventSchema('test_two_bodies' as never);
    const call = (status: string, body: string) => withLogFields(callWith('test_two_bodies', 'POST', body), { http_status: status });
    expect(schema.safeParse(call('200', '{"letter":"a"}')).success).toBe(true);
    expect(schema.safeParse(call('201', '{"number":1}')).success).toBe(true);
    expect(schema.safeParse(call('202', '{"flag":true}')).success).toBe(true);
    expect(schema.safeParse(call('200', '{"number":1}')).success).toBe(false);
    expect(schema.safeParse(call('201', '{"flag":true}')).success).toBe(false);
    expect(schema.safeParse(call('299', '{"letter":"a"}')).success).toBe(true);
    expect(schema.safeParse(call('299', '{"number":1}')).success).toBe(false);
    expect(schema.safeParse(call('200', '')).success).toBe(false);
  });

  it('an operation with a success status without body takes any body at that status', () => {
    const schema = modules.zod.getEventSchema('test_maybe_body' as never);
    const call = (status: string, body: string) => withLogFields(callWith('test_maybe_body', 'PUT', body), { http_status: status });
    expect(schema.safeParse(call('204', '')).success).toBe(true);
    expect(schema.safeParse(call('204', '{"letter":1}')).success).toBe(true);
    expect(schema.safeParse(call('200', '{"letter":"a"}')).success).toBe(true);
    expect(schema.safeParse(call('200', '{"letter":1}')).success).toBe(false);
    expect(schema.safeParse(call('200', '')).success).toBe(false);
  });

  it('a component that refers to itself validates to any depth', () => {
    const schema = modules.zod.getEventSchema('test_tree' as never);
    const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b', children: [] }] };
    expect(schema.safeParse(callWith('test_tree', 'POST', JSON.stringify(tree))).success).toBe(true);
    const deep = { name: 'root', children: [{ name: 'a', children: [{ name: 2 }] }] };
    expect(schema.safeParse(callWith('test_tree', 'POST', JSON.stringify(deep))).error?.issues.map((issue) => issue.path)).toEqual([
      ['detail', 'event', 'response_body', 'children', 0, 'children', 0, 'name'],
    ]);
  });

  describe('an event type of operations with different methods', () => {
    const doorCall = (eventType: string, method: string, uri: string, status: string) =>
      withLogFields({ ...tenant, detail: { ...(tenant.detail as Json), event_type: eventType } }, { request_method: method, uri, http_status: status, request_body: '', response_body: '' });
    const operations = 'POST /v1/test/doors or DELETE /v1/test/doors/{door_id}';

    it('takes a successful call of each', () => {
      const schema = modules.zod.getEventSchema('test_door' as never);
      expect(schema.safeParse(doorCall('test_door', 'POST', '/v1/test/doors', '201')).success).toBe(true);
      expect(schema.safeParse(doorCall('test_door', 'DELETE', '/v1/test/doors/d1', '204')).success).toBe(true);
      expect(schema.safeParse(doorCall('CloseDoor', 'DELETE', '/v1/test/doors/d1', '204')).success).toBe(true);
    });

    it('blames the uri of a call of none when one of them has its method, and the method otherwise', () => {
      const schema = modules.zod.getEventSchema('test_door' as never);
      for (const method of ['POST', 'DELETE']) {
        expect(schema.safeParse(doorCall('test_door', method, '/v1/test/windows', '200')).error?.issues).toEqual([
          unexpected(['detail', 'event', 'uri'], `request_method and uri do not name an operation of test_door (${operations})`),
        ]);
      }
      expect(schema.safeParse(doorCall('test_door', 'PUT', '/v1/test/doors', '200')).error?.issues).toEqual([
        unexpected(['detail', 'event', 'request_method'], `request_method and uri do not name an operation of test_door (${operations})`),
      ]);
    });

    it('rejects one operation\'s name on a call of the other: each part names the type, together no call of it', () => {
      const openedAsClosed = doorCall('OpenDoor', 'DELETE', '/v1/test/doors/d1', '204');
      expect(modules.zod.SaasusEventSchema.safeParse(openedAsClosed).success).toBe(true);
      expect(modules.zod.getEventSchema('test_door' as never).safeParse(openedAsClosed).error?.issues).toEqual([
        unexpected(['detail', 'event_type'], 'event_type, request_method and uri do not name one operation of test_door'),
      ]);
    });
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
