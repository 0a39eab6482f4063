// Runs the `checkFixture` function of a compiled TypeScript consumer on a fixture, so that the
// consumers themselves use only the package (@types/node is there because zod's types need it).
// Usage: node run-check.mjs <compiled module> <fixture.json> <expected.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, fixturePath, expectedPath] = process.argv.slice(2);
const fixture = readFileSync(fixturePath, 'utf8');
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
// A .cjs module is loaded with require, as a CommonJS application would.
const consumer = modulePath.endsWith('.cjs')
  ? createRequire(import.meta.url)(resolve(modulePath))
  : await import(pathToFileURL(resolve(modulePath)).href);
if (typeof consumer.checkFixture !== 'function') throw new Error(`${modulePath} does not export checkFixture`);
consumer.checkFixture(fixture, expected);
console.log(`${modulePath}: ok`);
