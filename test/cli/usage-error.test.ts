import { expect, it } from 'vitest';
import { UsageError } from '../../src/cli/usage-error.js';

it('is an Error named UsageError', () => {
  const error = new UsageError('validate needs at least one path');
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('UsageError');
  expect(String(error)).toBe('UsageError: validate needs at least one path');
});
