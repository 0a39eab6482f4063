// redactEvent on objects no JSON text makes: shared references, cycles, getters and Proxies that
// throw. The work done is counted by the getters it calls on the input, never timed.
import { describe, expect, it } from 'vitest';
import { redactEvent } from '../../src/index.js';

const SECRET = 's3cr3tShared9Graph8Leak7';

/** A graph `levels` deep where each node's two fields (getters, counted) lead to the same child. */
function sharedGraph(levels: number, reads: { count: number }): Record<string, unknown> {
  let node: Record<string, unknown> = { api_key: SECRET, leaf: true };
  for (let level = 0; level < levels; level++) {
    const child = node;
    node = {};
    for (const key of ['left', 'right']) {
      Object.defineProperty(node, key, {
        enumerable: true,
        get: () => {
          reads.count++;
          return child;
        },
      });
    }
  }
  return node;
}

describe('redactEvent on shared references', () => {
  it('reads each node of a graph with shared children once: 2 reads a level, not 2^30', () => {
    const reads = { count: 0 };
    const redacted = redactEvent(sharedGraph(30, reads)) as Record<string, unknown>;
    expect(reads.count).toBe(60);
    // The copy shares its children the same way, redacted once.
    expect(redacted.left).toBe(redacted.right);
    let node = redacted;
    for (let level = 0; level < 30; level++) node = node.left as Record<string, unknown>;
    expect(node).toEqual({ api_key: '[REDACTED]', leaf: true });
  });

  it('stays linear with paths, which make the copy of a node depend on the path to it', () => {
    const reads = { count: 0 };
    const redacted = redactEvent(sharedGraph(30, reads), { paths: ['left.right.left', '*.*.*.*.right'] }) as Record<string, any>;
    // The same input node, masked along one path and copied along the others.
    expect(redacted.left.right.left).toBe('[REDACTED]');
    expect(redacted.right.right.left).toEqual(expect.objectContaining({ left: expect.any(Object) }));
    expect(redacted.right.right.right.right.right).toBe('[REDACTED]');
    expect(redacted.right.right.right.right.left).toEqual(expect.objectContaining({ left: expect.any(Object) }));
    // A node is copied once per set of paths that can still match below it: two sets at most here.
    expect(reads.count).toBeLessThanOrEqual(2 * 2 * 30);
  });

  it('arrays whose items are all the same array, 30 deep', () => {
    let list: unknown[] = ['end', { password: SECRET }];
    for (let level = 0; level < 30; level++) list = [list, list, list];
    const reads = { count: 0 };
    const counted = new Proxy(list, {
      get(target, key, receiver) {
        if (key !== 'length') reads.count++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const redacted = redactEvent(counted) as unknown[];
    expect(reads.count).toBe(3);
    expect(redacted[0]).toBe(redacted[2]);
  });

  it('a repeated object is redacted per depth it is found at, never more', () => {
    const shared = { token: SECRET };
    const redacted = redactEvent({ a: shared, b: shared, c: { d: shared } });
    expect(redacted).toEqual({ a: { token: '[REDACTED]' }, b: { token: '[REDACTED]' }, c: { d: { token: '[REDACTED]' } } });
    expect(redacted.a).toBe(redacted.b);
  });
});

describe('redactEvent on cycles', () => {
  it('marks the place a cycle closes', () => {
    const event: Record<string, unknown> = { id: 'e1', api_key: SECRET };
    event.self = event;
    event.list = [event, { back: event }];
    expect(redactEvent(event)).toEqual({ id: 'e1', api_key: '[REDACTED]', self: '[CIRCULAR]', list: ['[CIRCULAR]', { back: '[CIRCULAR]' }] });
  });

  it('gives a result JSON.stringify can write', () => {
    const a: Record<string, unknown> = { name: 'a' };
    const b: Record<string, unknown> = { name: 'b', a };
    a.b = b;
    expect(JSON.stringify(redactEvent({ a, b }))).toBe('{"a":{"name":"a","b":{"name":"b","a":"[CIRCULAR]"}},"b":{"name":"b","a":{"name":"a","b":"[CIRCULAR]"}}}');
  });
});

describe('redactEvent on sparse arrays', () => {
  it('ends an array at its first hole, whatever its length says, and reads nothing past it', () => {
    const sparse: unknown[] = ['kept', { api_key: SECRET }];
    sparse.length = 2 ** 32 - 1;
    let readsPastTheHole = 0;
    Object.defineProperty(sparse, 1_000_000, { enumerable: true, get: () => ++readsPastTheHole });
    expect(redactEvent({ list: sparse })).toEqual({ list: ['kept', { api_key: '[REDACTED]' }, '[HOLES FROM HERE]'] });
    expect(readsPastTheHole).toBe(0);
  });
});

describe('redactEvent on values that cannot be read', () => {
  const thrower = (): never => {
    throw new Error(`boom ${SECRET}`);
  };

  it('marks a field whose getter throws, and keeps the others', () => {
    const event = { id: 'e1', api_key: SECRET };
    Object.defineProperty(event, 'detail', { enumerable: true, get: thrower });
    const redacted = redactEvent(event);
    expect(redacted).toEqual({ id: 'e1', api_key: '[REDACTED]', detail: '[UNREADABLE]' });
  });

  it('marks a secret field whose getter throws as unreadable too', () => {
    const event = {};
    Object.defineProperty(event, 'api_key', { enumerable: true, get: thrower });
    expect(redactEvent(event)).toEqual({ api_key: '[UNREADABLE]' });
  });

  it('marks Proxies whose traps throw, and revoked Proxies', () => {
    const revocable = Proxy.revocable({ token: SECRET }, {});
    revocable.revoke();
    const input = {
      keys: new Proxy({ token: SECRET }, { ownKeys: thrower }),
      get: new Proxy({ token: SECRET, name: 'n' }, { get: thrower }),
      length: new Proxy([SECRET], { get: (target, key) => (key === 'length' ? thrower() : (Reflect.get(target, key) as unknown)) }),
      item: new Proxy(['a', SECRET], { get: (target, key) => (key === '1' ? thrower() : (Reflect.get(target, key) as unknown)) }),
      revoked: revocable.proxy,
      kept: 'k',
    };
    const redacted = redactEvent(input);
    expect(redacted).toEqual({
      keys: '[UNREADABLE]',
      get: { token: '[UNREADABLE]', name: '[UNREADABLE]' },
      length: '[UNREADABLE]',
      item: ['a', '[UNREADABLE]'],
      revoked: '[UNREADABLE]',
      kept: 'k',
    });
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
    expect(JSON.stringify(redacted)).not.toContain('boom');
  });

  it('never throws, whatever the root is', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(redactEvent(revocable.proxy)).toBe('[UNREADABLE]');
    expect(redactEvent(new Proxy({}, { ownKeys: thrower }))).toBe('[UNREADABLE]');
  });
});
