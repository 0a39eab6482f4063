// The zod schemas built by the lowest zod the peer range admits (the dev dependency
// zod-lowest-supported, zod 4.5.0): every module of this test, the library's included, imports it
// as "zod". The packaging check runs a consumer project on it too (test/consumers/zod-peer).
import { describe, vi } from 'vitest';
import { zodSchemaSuite } from '../support/zod-schema-suite.js';

vi.mock('zod', async () => await import('zod-lowest-supported'));

describe('with zod 4.5.0', () => {
  zodSchemaSuite('4.5.0', { compileLargeSchemas: false });
});
