import type { SaasusEventIssueCode } from '../errors.js';
import type { IssueCollector } from './issues.js';

/** Marks object input that is not JSON data; an issue has been recorded for each problem. */
export const NOT_JSON_DATA: unique symbol = Symbol('not JSON data');

type PathSegment = string | number;
type Container = Record<string, unknown> | unknown[];

/**
 * Copies object input into plain JSON data the caller owns, as `JSON.parse(JSON.stringify(value))`
 * would for JSON data, reading each field once: nothing the result holds is shared with the input,
 * and a getter cannot answer one thing to validation and another to the result.
 *
 * - Objects are read by their own enumerable fields, as JSON reads them: inherited fields and the
 *   prototype are left behind, and `toJSON` is not called. Every copy has the standard prototype;
 *   a `__proto__` key stays a plain own field. Symbol-keyed fields, which JSON cannot carry and
 *   the decoder never reads, are the one thing not copied deeply: the spread that copies an
 *   object carries them over as they are (looking for them costs more than the whole copy).
 *   Nothing reaches them but `Object.getOwnPropertySymbols`.
 * - A field whose value is `undefined` is absent, as in JSON.
 * - The result is a tree, as JSON is: an object found at two places of the input is copied at
 *   each (changing one copy never changes the other).
 * - Anything JSON cannot hold is an `invalid_type` issue at its path, and no copy is returned:
 *   a function, symbol or bigint, `NaN` or an infinity, `undefined` in an array, an array hole
 *   (the first hole ends the array's walk, so a sparse array of huge `length` costs what it
 *   holds, not its length), a cycle, and shared objects that would unfold to more than
 *   {@link UNFOLD_FACTOR} times the objects the input holds (plus {@link UNFOLD_ALLOWANCE}): a
 *   graph of shared references can stand for a tree of 2^60 objects, and its JSON text could
 *   never be written either.
 * - The walk is iterative: any depth fits the stack.
 * - A value that is not an object is returned as it is (the caller says what it expected).
 *
 * A getter or proxy trap that throws (a revoked proxy, too) ends the copy with one
 * `unreadable_input` issue at the field being read. Its error is dropped: its message may quote
 * the input.
 */
export function copyJsonData(value: unknown, issues: IssueCollector): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const quick = quickCopy(value);
  if (quick !== GIVE_UP) return quick;
  // The path, from `value`, of the field being read.
  const reading: PathSegment[] = [];
  try {
    return completeCopy(value, issues, reading);
  } catch {
    addAt(issues, reading, 'unreadable_input', 'the input could not be read as JSON data');
    return NOT_JSON_DATA;
  }
}

/**
 * Copies one level of an event that the decoder reads field by field (the envelope, `detail`,
 * `detail.event`) as {@link copyJsonData} would, except the field named `nested`, which the
 * caller decodes (and copies) itself. `clone` is that level's own spread (`{ ...record }`): one
 * spread site per level stays monomorphic, so V8 copies the layout every event shares at once.
 * A value JSON cannot hold is an `invalid_type` issue at its key; a field whose value is
 * `undefined` is absent.
 */
export function copyLevel(
  record: object,
  clone: (record: object) => Record<string, unknown>,
  issues: IssueCollector,
  nested?: string,
): Record<string, unknown> | typeof NOT_JSON_DATA {
  let copy: Record<string, unknown>;
  try {
    copy = clone(record);
  } catch {
    // A getter or proxy trap threw: the complete walk reads again and says where.
    if (copyJsonData(record, issues) !== NOT_JSON_DATA) issues.add('unreadable_input', 'the input could not be read as JSON data');
    return NOT_JSON_DATA;
  }
  // `for...in` is the fast way through a fresh copy, unless Object.prototype has enumerable fields.
  for (const _inherited in Object.prototype) return copyFields(copy, Object.keys(copy), issues, nested);
  let problems = false;
  for (const key in copy) {
    const value = copy[key];
    if (typeof value === 'string') continue; // nearly every field
    if (typeof value === 'object' && value !== null) {
      if (key === nested) continue;
      const inner = quickCopyOf(value);
      if (inner !== GIVE_UP) {
        copy[key] = inner;
        continue;
      }
    } else if (isJsonLeaf(value)) {
      continue;
    }
    problems = true;
    break;
  }
  // Anything unusual (undefined fields included) goes through the one careful loop.
  return problems ? copyFields(copy, Object.keys(copy), issues, nested) : copy;
}

/** {@link copyLevel}'s careful loop: copies, checks and reports every field. */
function copyFields(copy: Record<string, unknown>, keys: readonly string[], issues: IssueCollector, nested: string | undefined): Record<string, unknown> | typeof NOT_JSON_DATA {
  const before = issues.count + issues.omitted;
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'object' && value !== null) {
      if (key === nested) continue;
      issues.path.push(key);
      const inner = copyJsonData(value, issues);
      issues.path.pop();
      if (inner !== NOT_JSON_DATA) copy[key] = inner;
    } else if (value === undefined) {
      delete copy[key];
    } else {
      const problem = leafProblem(value);
      if (problem !== undefined) issues.add('invalid_type', problem, key);
    }
  }
  return issues.count + issues.omitted > before ? NOT_JSON_DATA : copy;
}

// ---------------------------------------------------------------------------------------------
// The quick copy: what nearly every input takes.

/** Marks where {@link quickCopy} stops and leaves the input to the complete walk. */
const GIVE_UP: unique symbol = Symbol('give up');
/** Deeper than this, the quick copy gives up: recursion must not reach the end of the stack. */
const QUICK_DEPTH = 200;
/** More containers than this, and it gives up, whether the input is large, cyclic or shared. */
const QUICK_CONTAINERS = 10_000;
let quickBudget = 0;

/**
 * Objects and arrays of JSON values, as `JSON.parse` makes them or a test builds them, copied
 * recursively without bookkeeping (no map of visited objects: an event has about ten): each
 * object by a spread (own enumerable fields, getters read once, `__proto__` an own field), then
 * its values checked and its objects copied in place. Anything else gives up, and
 * {@link completeCopy} walks the input again, to copy it or to say exactly what is wrong, where:
 * a value JSON cannot hold (`undefined` included), a hole, more depth or containers than the
 * limits (which a cycle soon reaches), Object.prototype with an enumerable field (it would show
 * up in `for...in`), and any error from a getter or proxy. Where both walks give a result, it is
 * the same JSON data.
 */
function quickCopy(value: object): Container | typeof GIVE_UP {
  // An enumerable field on Object.prototype (pollution) would show up in every `for...in`.
  for (const _inherited in Object.prototype) return GIVE_UP;
  return quickCopyOf(value);
}

/** {@link quickCopy} once Object.prototype is known to have no enumerable field. */
function quickCopyOf(value: object): Container | typeof GIVE_UP {
  quickBudget = QUICK_CONTAINERS;
  try {
    return quickContainer(value, 0);
  } catch {
    return GIVE_UP;
  }
}

function quickContainer(value: object, depth: number): Container | typeof GIVE_UP {
  if (depth > QUICK_DEPTH || --quickBudget < 0) return GIVE_UP;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    const length = value.length;
    for (let index = 0; index < length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'object' && item !== null) {
        const inner = quickContainer(item, depth + 1);
        if (inner === GIVE_UP) return GIVE_UP;
        copy.push(inner);
      } else if (isJsonLeaf(item)) {
        copy.push(item);
      } else {
        return GIVE_UP; // a hole, undefined, or a value JSON cannot hold
      }
    }
    return copy;
  }
  const copy: Record<string, unknown> = { ...value };
  for (const key in copy) {
    const field: unknown = copy[key];
    if (typeof field === 'object' && field !== null) {
      const inner = quickContainer(field, depth + 1);
      if (inner === GIVE_UP) return GIVE_UP;
      copy[key] = inner;
    } else if (!isJsonLeaf(field)) {
      return GIVE_UP;
    }
  }
  return copy;
}

function isJsonLeaf(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || value === null || (typeof value === 'number' && Number.isFinite(value));
}

// ---------------------------------------------------------------------------------------------
// The complete walk: any input, any depth, with the path of every problem.

/** Shared objects may unfold to this many copies per object of the input… */
const UNFOLD_FACTOR = 10;
/** …plus this many, so that a small input may share freely. */
const UNFOLD_ALLOWANCE = 10_000;

/** One object or array being copied: the iterative walk's stand-in for a stack frame. */
interface Frame {
  readonly source: object;
  readonly target: Container;
  /** The object's own enumerable string keys; `undefined` for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  index: number;
}

function completeCopy(value: object, issues: IssueCollector, reading: PathSegment[]): unknown {
  const before = issues.count + issues.omitted;
  /** The objects being copied, root to current: meeting one again closes a cycle. */
  const open = new Set<object>([value]);
  /** Every object met, to count how far sharing unfolds. */
  const seen = new Set<object>([value]);
  let copies = 1;
  const root = newFrame(value);
  const stack: Frame[] = [root];

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.length) {
      open.delete(frame.source);
      stack.pop();
      if (stack.length > 0) reading.pop(); // the finished object's own segment
      continue;
    }
    const index = frame.index++;
    const key: PathSegment = frame.keys === undefined ? index : frame.keys[index]!;
    reading.push(key);
    const child: unknown = (frame.source as Record<PathSegment, unknown>)[key];

    if (typeof child !== 'object' || child === null) {
      if (child === undefined && frame.keys === undefined && !(index in frame.source)) {
        addAt(issues, reading, 'invalid_type', 'expected JSON data, received an array with a hole');
        frame.index = frame.length;
      } else if (child !== undefined || frame.keys === undefined) {
        const problem = leafProblem(child);
        if (problem === undefined) put(frame.target, key, child);
        else addAt(issues, reading, 'invalid_type', problem);
      }
      reading.pop();
      continue;
    }
    if (open.has(child)) {
      addAt(issues, reading, 'invalid_type', 'expected JSON data, received a cycle (an object that contains itself)');
      reading.pop();
      continue;
    }
    seen.add(child);
    if (++copies > seen.size * UNFOLD_FACTOR + UNFOLD_ALLOWANCE) {
      addAt(issues, reading, 'invalid_type', 'expected JSON data, received objects shared so often that copying them would not end');
      return NOT_JSON_DATA;
    }
    // `reading` keeps the key: it is the child's path while the child is walked.
    const next = newFrame(child);
    open.add(child);
    put(frame.target, key, next.target);
    stack.push(next);
  }
  return issues.count + issues.omitted > before ? NOT_JSON_DATA : root.target;
}

function newFrame(source: object): Frame {
  if (Array.isArray(source)) return { source, target: [], keys: undefined, length: source.length, index: 0 };
  const keys = Object.keys(source);
  return { source, target: {}, keys, length: keys.length, index: 0 };
}

function put(target: Container, key: PathSegment, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<PathSegment, unknown>)[key] = value;
}

/** Why a value that is not an object is not JSON data, or `undefined` when it is. */
function leafProblem(value: unknown): string | undefined {
  if (isJsonLeaf(value)) return undefined;
  if (typeof value === 'number') return 'expected JSON data, received a number JSON cannot hold (NaN or an infinity)';
  return `expected JSON data, received ${typeof value}`;
}

/** Adds an issue at `path` (relative to the collector's current path) without spreading it: a path can be 100,000 segments deep. */
function addAt(issues: IssueCollector, path: readonly PathSegment[], code: SaasusEventIssueCode, message: string): void {
  const base = issues.path.length;
  for (const segment of path) issues.path.push(segment);
  issues.add(code, message);
  issues.path.length = base;
}
