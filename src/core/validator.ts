import { shapeNamed } from '../catalogue/catalogue.js';
import type { Shape } from '../catalogue/shape.js';
import { IssueCollector } from './issues.js';

/**
 * Checks a decoded JSON value against a catalogue shape, recording issues at the collector's
 * current path (see `validatorFor`).
 */
export type Validator = (value: unknown, issues: IssueCollector) => void;

/**
 * A validator for a value that may take any of several shapes: the candidate with the fewest
 * issues, judged leniently so that drift does not decide, reports its issues in the caller's mode.
 */
export function anyOfValidator(candidates: readonly Validator[]): Validator {
  if (candidates.length === 1) return candidates[0]!;
  return (value, issues) => {
    let best: Validator | undefined;
    let bestCount = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const trial = new IssueCollector(false);
      candidate(value, trial);
      if (trial.count < bestCount) {
        best = candidate;
        bestCount = trial.count;
        if (bestCount === 0) break;
      }
    }
    if (best === undefined) return;
    if (bestCount > 0) {
      issues.add('no_matching_shape', `matches none of the ${candidates.length} shapes the SaaSus API schema allows here; closest:`);
    }
    best(value, issues);
  };
}

/**
 * Checks the properties of an object that its shape does not name: each is checked with `rest`
 * when the shape types them, or reported as unknown when the shape allows none (callers only
 * come here in strict mode then).
 */
export function checkOtherProperties(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  rest: Validator | undefined,
  issues: IssueCollector,
): void {
  const { path } = issues;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || known.has(key)) continue;
    if (rest === undefined) {
      issues.add('unknown_field', 'field is not in the SaaSus API schema', key);
      continue;
    }
    path.push(key);
    rest(value[key], issues);
    path.pop();
  }
}

/**
 * A function that builds the validator of a named catalogue shape on first use and keeps it.
 */
export function validatorsByName(build: (shape: Shape) => Validator): (name: string) => Validator {
  const byName = new Map<string, Validator>();
  return (name) => {
    let validator = byName.get(name);
    if (validator === undefined) {
      validator = build(shapeNamed(name));
      byName.set(name, validator);
    }
    return validator;
  };
}
