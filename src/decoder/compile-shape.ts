import { closureValidatorFor } from './shape-closures.js';
import { sourceValidatorFor } from './shape-source.js';
import type { Validator } from './validator.js';

export type { Validator } from './validator.js';

/**
 * The validator of a named catalogue shape, compiled on first use and kept: nothing is compiled
 * at import, so a cold start compiles only the shapes of the events it meets.
 *
 * Validators are generated as JavaScript source where the runtime allows `new Function` (Node.js
 * and Lambda do), and built from closures where it does not (a Content Security Policy without
 * `unsafe-eval`, some edge runtimes); both give the same issues.
 *
 * The value is not copied: bodies are returned as `JSON.parse` made them. Unknown properties are
 * kept and, in strict mode, reported. Recursion follows the shape, not the data, so a deeply
 * nested value under an `unknown` shape costs nothing and cannot overflow the stack.
 */
export function validatorFor(name: string): Validator {
  return (canGenerateCode ??= runtimeAllowsNewFunction()) ? sourceValidatorFor(name) : closureValidatorFor(name);
}

let canGenerateCode: boolean | undefined;

function runtimeAllowsNewFunction(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}
