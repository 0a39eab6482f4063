// Run as a script with --print-outcomes: decodes every fixture, and a broken copy of each, in both modes, and prints the
// outcomes as JSON, with whether this runtime allows `new Function`. compile-shape.no-new-function.test.ts runs it
// under `node --disallow-code-generation-from-strings` to compare the closure engine's outcomes
// with those of the closures behind the compiled accept-only check.
import { safeParseEvent } from '../../src/index.js';
import { loadFixtures } from './fixtures.js';

/**
 * Every fixture's outcome, valid and broken (each body field set to a value of the wrong type),
 * in lenient and strict mode: the decoded event's event type, or the issues.
 */
export function decodeAllFixtures(): unknown[] {
  const outcomes: unknown[] = [];
  for (const { name, event } of loadFixtures()) {
    for (const input of [event, breakBodies(event)]) {
      for (const strict of [false, true]) {
        const result = safeParseEvent(input, { strict });
        outcomes.push({ name, strict, outcome: result.success ? result.data.detail.event_type : result.error.issues });
      }
    }
  }
  return outcomes;
}

function breakBodies(event: Record<string, unknown>): unknown {
  const copy = structuredClone(event) as { detail: { event: unknown } };
  const log = (typeof copy.detail.event === 'string' ? JSON.parse(copy.detail.event) : copy.detail.event) as Record<string, unknown>;
  for (const key of ['request_body', 'response_body']) {
    const body: unknown = typeof log[key] === 'string' && log[key] !== '' ? JSON.parse(log[key]) : log[key];
    if (typeof body !== 'object' || body === null) continue;
    for (const field of Object.keys(body)) (body as Record<string, unknown>)[field] = Array.isArray(body) ? {} : [1];
    log[key] = body;
  }
  copy.detail.event = log;
  return copy;
}

if (process.argv.includes('--print-outcomes')) {
  let allowsNewFunction = true;
  try {
    new Function('return 1');
  } catch {
    allowsNewFunction = false;
  }
  process.stdout.write(JSON.stringify({ allowsNewFunction, outcomes: decodeAllFixtures() }));
}
