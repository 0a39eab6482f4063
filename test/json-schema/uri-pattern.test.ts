// The JSON Schema pattern of an operation's uri values: exactly the uris the decoder matches to it.
import { describe, expect, it } from 'vitest';
import { createOperationMatcher } from '../../src/catalogue/match-operation.js';
import type { OperationEntry } from '../../src/catalogue/operation.js';
import { createUriPatterns } from '../../src/json-schema/uri-pattern.js';

function operation(method: string, pathTemplate: string): OperationEntry {
  return { api: 'test', operationId: `${method} ${pathTemplate}`, method, pathTemplate, eventTypes: ['test_event'], responses: {} };
}

const TAIL = '/?(?:[?#][\\s\\S]*)?$';

describe('createUriPatterns', () => {
  it('matches the template with or without the slashes, with any query string or fragment', () => {
    const tenants = operation('POST', '/v1/auth/tenants');
    const pattern = createUriPatterns([tenants])(tenants);
    expect(pattern).toBe(`^/?v1/auth/tenants${TAIL}`);
    const regex = new RegExp(pattern, 'u');
    for (const uri of ['/v1/auth/tenants', 'v1/auth/tenants/', '/v1/auth/tenants?a=1\n2', '/v1/auth/tenants#x']) expect(regex.test(uri), uri).toBe(true);
    for (const uri of ['/v1/auth/tenant', '/v1/auth/tenants/x', '/v1/auth', '//v1/auth/tenants']) expect(regex.test(uri), uri).toBe(false);
  });

  it('takes any non-empty segment for a parameter', () => {
    const user = operation('GET', '/v1/auth/users/{user_id}/attributes');
    const pattern = createUriPatterns([user])(user);
    expect(pattern).toBe(`^/?v1/auth/users/[^/?#]+/attributes${TAIL}`);
    const regex = new RegExp(pattern, 'u');
    expect(regex.test('/v1/auth/users/u-1/attributes')).toBe(true);
    expect(regex.test('/v1/auth/users//attributes')).toBe(false);
    expect(regex.test('/v1/auth/users/a/b/attributes')).toBe(false);
  });

  it('escapes the characters of a literal segment that a regular expression would read', () => {
    const odd = operation('GET', '/v1/a.b/c+d/(e)/[f]/g*h?/$i^|{j}k\\');
    const pattern = createUriPatterns([odd])(odd);
    expect(pattern).toBe(`^/?v1/a\\.b/c\\+d/\\(e\\)/\\[f\\]/g\\*h\\?/\\$i\\^\\|\\{j\\}k\\\\${TAIL}`);
    const regex = new RegExp(pattern, 'u');
    expect(regex.test('/v1/a.b/c+d/(e)/[f]/g*h?/$i^|{j}k\\')).toBe(true);
    expect(regex.test('/v1/aXb/c+d/(e)/[f]/g*h?/$i^|{j}k\\')).toBe(false);
  });

  it('excludes from a parameter the uris of a literal segment in the same place', () => {
    const user = operation('GET', '/v1/auth/users/{user_id}');
    const count = operation('GET', '/v1/auth/users/count');
    const uriPattern = createUriPatterns([user, count]);
    expect(uriPattern(user)).toBe(`^(?!/?v1/auth/users/count${TAIL})/?v1/auth/users/[^/?#]+${TAIL}`);
    // The literal wins: its pattern excludes nothing.
    expect(uriPattern(count)).toBe(`^/?v1/auth/users/count${TAIL}`);
    const userRegex = new RegExp(uriPattern(user), 'u');
    expect(userRegex.test('/v1/auth/users/count')).toBe(false);
    expect(userRegex.test('/v1/auth/users/count/')).toBe(false);
    expect(userRegex.test('/v1/auth/users/count?x=1')).toBe(false);
    expect(userRegex.test('/v1/auth/users/counts')).toBe(true);
    expect(userRegex.test('/v1/auth/users/u-1')).toBe(true);
  });

  // A literal `x` once met the value the sample uri of two parameters was given, and the uri went
  // to the wrong winner.
  it.each(['p', 'x'])('excludes every winner, the leftmost difference deciding (literal %s)', (p) => {
    const ab = operation('GET', '/v1/{a}/{b}');
    const pb = operation('GET', `/v1/${p}/{b}`);
    const ay = operation('GET', '/v1/{a}/y');
    const py = operation('GET', `/v1/${p}/y`);
    const operations = [ab, pb, ay, py];
    const uriPattern = createUriPatterns(operations);
    const P = '[^/?#]+';
    expect(uriPattern(ab)).toBe(`^(?!/?v1/${p}/${P}${TAIL})(?!/?v1/${P}/y${TAIL})(?!/?v1/${p}/y${TAIL})/?v1/${P}/${P}${TAIL}`);
    // ay and pb share only /v1/p/y, which goes to py: ay excludes py alone.
    expect(uriPattern(ay)).toBe(`^(?!/?v1/${p}/y${TAIL})/?v1/${P}/y${TAIL}`);
    expect(uriPattern(pb)).toBe(`^(?!/?v1/${p}/y${TAIL})/?v1/${p}/${P}${TAIL}`);
    expect(uriPattern(py)).toBe(`^/?v1/${p}/y${TAIL}`);
    // Each uri fits the pattern of exactly the operation the decoder picks.
    const match = createOperationMatcher(operations);
    for (const uri of ['/v1/a/b', `/v1/${p}/b`, '/v1/a/y', `/v1/${p}/y`, `/v1/${p}/y/`, `/v1/y/${p}`]) {
      const chosen = match('GET', uri)?.operation;
      for (const candidate of operations) expect(new RegExp(uriPattern(candidate), 'u').test(uri), `${candidate.pathTemplate} ${uri}`).toBe(candidate === chosen);
    }
  });

  it('excludes nothing for templates of another method, another length or another literal', () => {
    const user = operation('GET', '/v1/auth/users/{user_id}');
    const uriPattern = createUriPatterns([
      user,
      operation('POST', '/v1/auth/users/count'),
      operation('GET', '/v1/auth/users/count/all'),
      operation('GET', '/v1/auth/users'),
      operation('GET', '/v1/auth/tenants/count'),
      operation('GET', '/v1/auth/users/{other_id}'),
    ]);
    expect(uriPattern(user)).toBe(`^/?v1/auth/users/[^/?#]+${TAIL}`);
  });

  it('excludes a literal of the other template against a parameter of this one, wherever it is', () => {
    // The overlap of /{a}/w/{c} with /v/{b}/{c} is /v/w/x: the literal of either in each place.
    const left = operation('GET', '/v/{b}/{c}');
    const right = operation('GET', '/{a}/w/{c}');
    const uriPattern = createUriPatterns([left, right]);
    const P = '[^/?#]+';
    expect(uriPattern(right)).toBe(`^(?!/?v/${P}/${P}${TAIL})/?${P}/w/${P}${TAIL}`);
    expect(uriPattern(left)).toBe(`^/?v/${P}/${P}${TAIL}`);
  });

  it('builds each pattern once', () => {
    const user = operation('GET', '/v1/auth/users/{user_id}');
    let reads = 0;
    const counted: OperationEntry = Object.defineProperty({ ...user }, 'pathTemplate', {
      get: () => {
        reads++;
        return user.pathTemplate;
      },
    });
    const uriPattern = createUriPatterns([counted]);
    const first = uriPattern(counted);
    const readsOnce = reads;
    expect(uriPattern(counted)).toBe(first);
    expect(reads).toBe(readsOnce);
  });
});
