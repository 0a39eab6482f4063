import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

describe('main', () => {
  it('lets an error that is not a usage error through, instead of printing the usage', async () => {
    const broken = new Error('EPIPE');
    let stderr = '';
    const run = main(['list'], {
      stdout: {
        write: () => {
          throw broken;
        },
      },
      stderr: { write: (text: string) => void (stderr += text) },
    });
    await expect(run).rejects.toBe(broken);
    expect(stderr).toBe('');
  });
});
