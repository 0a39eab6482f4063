// Details of the decoder's answers that mutation testing showed no other test pinned down:
// exact messages, boundaries and the choices between schema alternatives.

import { describe, expect, it } from 'vitest';
import { formatPath, SaasusEventError, type SaasusEventIssue } from '../src/index.js';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['detail', 'event', 'response_body', 'plan_histories', 0], 'detail.event.response_body.plan_histories[0]'],
    [[0, 'a'], '[0].a'],
    [['detail-type'], 'detail-type'],
    [['$ref', '_x'], '$ref._x'],
    [['a b'], '["a b"]'],
    [['detail', 'a.b'], 'detail["a.b"]'],
    [['-a'], '["-a"]'],
    [['a.'], '["a."]'],
    [['1abc'], '["1abc"]'],
    [['__proto__'], '__proto__'],
    [[''], '[""]'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('SaasusEventError', () => {
  const issue = (index: number): SaasusEventIssue => ({ code: 'required', path: ['f', index], message: `m${index}` });

  it('is named, and lists up to 10 issues with the count of the rest', () => {
    const error = new SaasusEventError(Array.from({ length: 12 }, (_, index) => issue(index)));
    expect(error.name).toBe('SaasusEventError');
    expect(error).toBeInstanceOf(Error);
    expect(error.message.split('\n')).toEqual([
      'Invalid SaaSus event (12 issues):',
      ...Array.from({ length: 10 }, (_, index) => `  at f[${index}]: m${index}`),
      '  … and 2 more',
    ]);
    expect(String(error)).toBe(`SaasusEventError: ${error.message}`);
  });

  it('says "issue" for one', () => {
    expect(new SaasusEventError([issue(0)]).message).toBe('Invalid SaaSus event (1 issue):\n  at f[0]: m0');
  });
});
