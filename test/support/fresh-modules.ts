import { vi } from 'vitest';

// Setup file of vitest.stryker.config.ts, whose test files share one module runner. Emptying the
// module registry before each file makes the file import the library afresh, as under isolation:
// the library's memoised tables (catalogue, closures, compiled checkers, zod schemas) are then
// built while the mutant under test is active, never kept from an earlier run, and per-test
// coverage sees each file's tests build them.
vi.resetModules();
