import type { Shape } from '../catalogue/shape.js';
import { IssueCollector } from './issues.js';

/**
 * Checks a decoded JSON value against a catalogue shape, recording issues at the collector's
 * current path (see `validatorFor`).
 */
export type Validator = (value: unknown, issues: IssueCollector) => void;

/**
 * The shape of a component by name: the catalogue's `shapeNamed` at run time, the model being
 * generated in the generator. It throws for a name it does not know.
 */
export type ShapeResolver = (name: string) => Shape;

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
 * A function that builds what a named shape needs (a validator, a checker) on first use and
 * keeps it.
 */
export function builtByName<T>(resolve: ShapeResolver, build: (shape: Shape) => T): (name: string) => T {
  const byName = new Map<string, T>();
  return (name) => {
    let built = byName.get(name);
    if (built === undefined) {
      built = build(resolve(name));
      byName.set(name, built);
    }
    return built;
  };
}
