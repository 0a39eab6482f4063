import { closureValidatorFor } from './shape-closures.js';
import { sourceValidatorFor } from './shape-source.js';
import type { Validator } from './validator.js';

export type { Validator } from './validator.js';

/** The call of a shape's validator that compiles it to generated code, and every later call gets. */
export const TIER_UP_CALLS = 50;

interface Tier {
  validator: Validator;
  calls: number;
}

const tiers = new Map<string, Tier>();

/**
 * The validator of a named catalogue shape, compiled on first use and kept: nothing is compiled
 * at import, so a cold start compiles only the shapes of the events it meets.
 *
 * Two engines give the same issues. A shape starts on closures, which are cheap to build; on its
 * {@link TIER_UP_CALLS}th call it moves to JavaScript source generated for it and compiled with
 * `new Function`, which costs about a millisecond to compile and then validates several times
 * faster. A Lambda that handles one event per cold start never pays for the compilation; one that
 * handles thousands gets the fast code. Where the runtime forbids `new Function` (a Content
 * Security Policy without `unsafe-eval`, some edge runtimes), shapes stay on closures.
 *
 * The value is not copied: bodies are returned as `JSON.parse` made them. Unknown properties are
 * kept and, in strict mode, reported. Recursion follows the shape, not the data, so a deeply
 * nested value under an `unknown` shape costs nothing and cannot overflow the stack.
 */
export function validatorFor(name: string): Validator {
  let tier = tiers.get(name);
  if (tier === undefined) {
    tier = { validator: closureValidatorFor(name), calls: 0 };
    tiers.set(name, tier);
  }
  if (tier.calls < TIER_UP_CALLS && ++tier.calls === TIER_UP_CALLS && (canGenerateCode ??= runtimeAllowsNewFunction())) {
    tier.validator = sourceValidatorFor(name);
  }
  return tier.validator;
}

let canGenerateCode: boolean | undefined;

function runtimeAllowsNewFunction(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}
