// Invokes a bundled handler the way Lambda does: the event as a parsed object.
// Usage: node invoke.mjs <bundle> <fixture.json> <expected.json>; exits non-zero on a mismatch.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundlePath, fixturePath, expectedPath] = process.argv.slice(2);
const event = JSON.parse(readFileSync(fixturePath, 'utf8'));
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
const bundle = bundlePath.endsWith('.cjs')
  ? createRequire(import.meta.url)(resolve(bundlePath))
  : await import(pathToFileURL(resolve(bundlePath)).href);

const result = await bundle.handler(event, {});
if (result.tenantId !== expected.tenantId) throw new Error(`${bundlePath}: tenantId differs from the fixture`);
if (result.traceId !== expected.traceId) throw new Error(`${bundlePath}: traceId differs from the fixture`);
console.log(`${bundlePath}: ok`);
