import { shapeNamed } from '../catalogue/catalogue.js';
import { isJitless } from './config.js';
import { compiledAcceptors, type Acceptor } from './shape-acceptor.js';
import { closureValidators } from './shape-closures.js';
import type { Validator } from './validator.js';

export type { Validator } from './validator.js';

/** The call of a shape's validator from which an accept-only check compiled for it runs first. */
export const TIER_UP_CALLS = 50;

interface Tier {
  readonly closures: Validator;
  /** Closures behind the compiled accept-only check, from the {@link TIER_UP_CALLS}th call. */
  compiled: Validator | undefined;
  calls: number;
}

const tiers = new Map<string, Tier>();
let catalogueClosures: ReturnType<typeof closureValidators> | undefined;
let catalogueAcceptors: ReturnType<typeof compiledAcceptors> | undefined;

/**
 * The validator of a named catalogue shape, built on first use and kept: nothing is built at
 * import, so a cold start builds only the shapes of the events it meets.
 *
 * One engine reports issues: closures (`closureValidators`), cheap to build. On a shape's
 * {@link TIER_UP_CALLS}th call an accept-only check is compiled for it with `new Function` (about
 * a millisecond), which answers valid / not valid several times faster; from then on a body
 * goes through that check first, and through the closures only when it answers "not valid", so
 * that the closures say why. The results are the same on every call. A Lambda that handles one
 * event per cold start never pays for the compilation; one that handles thousands gets the fast
 * check. Under `configure({ jitless: true })`, or where the runtime forbids `new Function` (a
 * Content Security Policy without `unsafe-eval`, some edge runtimes), shapes stay on closures.
 *
 * The value is not copied: bodies are returned as `JSON.parse` made them. Unknown properties are
 * kept and, in strict mode, reported. Recursion follows the shape, not the data, so a deeply
 * nested value under an `unknown` shape costs nothing and cannot overflow the stack.
 */
export function validatorFor(name: string): Validator {
  let tier = tiers.get(name);
  if (tier === undefined) {
    tier = { closures: (catalogueClosures ??= closureValidators(shapeNamed)).named(name), compiled: undefined, calls: 0 };
    tiers.set(name, tier);
  }
  if (isJitless()) return tier.closures;
  if (tier.calls < TIER_UP_CALLS && ++tier.calls === TIER_UP_CALLS && (canGenerateCode ??= runtimeAllowsNewFunction())) {
    tier.compiled = acceptFirst((catalogueAcceptors ??= compiledAcceptors(shapeNamed)).named(name), tier.closures);
  }
  return tier.compiled ?? tier.closures;
}

/** The closures, run only when the accept-only check does not answer "valid". */
function acceptFirst(accept: Acceptor, closures: Validator): Validator {
  return (value, issues) => {
    let valid = false;
    try {
      valid = accept(value, issues.strict);
    } catch {
      // A getter or proxy trap threw: the closures read again and decide.
    }
    if (!valid) closures(value, issues);
  };
}

let canGenerateCode: boolean | undefined;

function runtimeAllowsNewFunction(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}
