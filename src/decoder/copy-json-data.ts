import type { SaasusEventIssueCode } from '../errors.js';
import type { IssueCollector } from './issues.js';

/** Marks object input that is not JSON data; an issue has been recorded for each problem. */
export const NOT_JSON_DATA: unique symbol = Symbol('not JSON data');

type PathSegment = string | number;
type Container = Record<string, unknown> | unknown[];

/** One object or array being copied: the iterative walk's stand-in for a stack frame. */
interface Frame {
  readonly source: object;
  readonly target: Container;
  /** The object's own enumerable string keys; `undefined` for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  index: number;
}

/**
 * Copies object input into plain JSON data the caller owns: what `JSON.parse(JSON.stringify(value))`
 * gives for JSON data, each field read once, so that nothing the result holds is shared with the
 * input and a getter cannot answer one thing to validation and another to the result.
 *
 * - Objects are read by their own enumerable string keys, as JSON reads them: inherited fields,
 *   symbol keys and the prototype are left behind, and `toJSON` is not called. Every copy has the
 *   standard prototype; a `__proto__` key stays a plain own field.
 * - A field whose value is `undefined` is absent, as in JSON.
 * - Anything JSON cannot hold is an `invalid_type` issue at its path, and no copy is returned:
 *   a function, symbol or bigint, `NaN` or an infinity, `undefined` in an array, an array hole
 *   (the first hole ends the array's walk, so a sparse array of huge `length` costs what it
 *   holds, not its length), and a cycle.
 * - An object reached twice without a cycle (a shared reference) is copied once and its copy
 *   appears twice, as with `structuredClone`: the work is the size of the graph, not of the tree
 *   it unfolds to.
 * - The walk is iterative: any depth fits the stack.
 * - A value that is not an object is returned as it is (the caller says what it expected).
 *
 * A getter or proxy trap that throws (a revoked proxy, too) ends the copy with one
 * `unreadable_input` issue at the field being read. Its error is dropped: its message may quote
 * the input.
 */
export function copyJsonData(value: unknown, issues: IssueCollector): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // The path, from `value`, of the field being read.
  const reading: PathSegment[] = [];
  try {
    return copyGraph(value, issues, reading);
  } catch {
    addAt(issues, reading, 'unreadable_input', 'the input could not be read as JSON data');
    return NOT_JSON_DATA;
  }
}

function copyGraph(value: object, issues: IssueCollector, reading: PathSegment[]): unknown {
  const before = issues.count + issues.omitted;
  // Both only see containers: a typical event has about ten.
  const copies = new Map<object, Container>();
  const open = new Set<object>();
  const root = newFrame(value);
  copies.set(value, root.target);
  open.add(value);
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
    const child = (frame.source as Record<PathSegment, unknown>)[key];

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
    const copied = copies.get(child);
    if (copied !== undefined) {
      if (open.has(child)) addAt(issues, reading, 'invalid_type', 'expected JSON data, received a cycle (an object that contains itself)');
      else put(frame.target, key, copied);
      reading.pop();
      continue;
    }
    // `reading` keeps the key: it is the child's path while the child is walked.
    const next = newFrame(child);
    copies.set(child, next.target);
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
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : 'expected JSON data, received a number JSON cannot hold (NaN or an infinity)';
    case 'object':
      return undefined; // null
    default:
      return `expected JSON data, received ${typeof value}`;
  }
}

/** Adds an issue at `path` (relative to the collector's current path) without spreading it: a path can be 100,000 segments deep. */
function addAt(issues: IssueCollector, path: readonly PathSegment[], code: SaasusEventIssueCode, message: string): void {
  const base = issues.path.length;
  for (const segment of path) issues.path.push(segment);
  issues.add(code, message);
  issues.path.length = base;
}
