import type { OperationEntry } from './operation.js';

/**
 * An operation matched against an event's `request_method` and `uri`.
 */
export interface OperationMatch {
  readonly operation: OperationEntry;
  /** URL-decoded values of the template's `{param}` segments. */
  readonly pathParams: Readonly<Record<string, string>>;
}

interface CompiledTemplate {
  readonly operation: OperationEntry;
  /** A literal segment, or `null` for a `{param}` segment. */
  readonly segments: readonly (string | null)[];
  readonly paramNames: readonly string[];
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/** The templates of one HTTP method. */
interface MethodTable {
  /** Templates without parameters by path: most events (`POST /v1/auth/tenants`) need one lookup. */
  readonly exact: ReadonlyMap<string, OperationMatch>;
  /** Every template by segment count, most specific first. */
  readonly bySegmentCount: ReadonlyMap<number, readonly CompiledTemplate[]>;
}

/**
 * A function that finds the operation of a `request_method` and `uri`.
 */
export interface OperationMatcher {
  (method: string, uri: string): OperationMatch | undefined;
  /** How many method tables have been built: never more than the methods the operations have. */
  readonly tableCount: number;
}

/**
 * Builds a matcher over a list of operations. Templates are grouped by method and segment count
 * and ordered so that a literal segment wins over a `{param}` in the same place
 * (`/users/count` before `/users/{user_id}`), the leftmost difference deciding.
 *
 * The method is compared exactly, as HTTP methods are case-sensitive (SaaSus sends upper case):
 * a method no operation has matches nothing and is not remembered, so no event can make the
 * matcher keep more than one table per method of the catalogue. A method's templates are
 * compiled when the first event of that method arrives: a cold start that meets only POST
 * events never compiles the GET templates.
 */
export function createOperationMatcher(operations: readonly OperationEntry[]): OperationMatcher {
  const methods = new Set(operations.map((operation) => operation.method));
  const tables = new Map<string, MethodTable>();

  const tableFor = (method: string): MethodTable | undefined => {
    let table = tables.get(method);
    if (table === undefined && methods.has(method)) {
      table = buildTable(operations.filter((operation) => operation.method === method));
      tables.set(method, table);
    }
    return table;
  };

  const matchOperation = (method: string, uri: string): OperationMatch | undefined => {
    const table = tableFor(method);
    if (table === undefined) return undefined;
    const found = table.exact.get(uri);
    if (found !== undefined) return found;
    const segments = splitPath(uri);
    const group = table.bySegmentCount.get(segments.length);
    if (group === undefined) return undefined;
    for (const template of group) {
      if (matches(template, segments)) return { operation: template.operation, pathParams: extractParams(template, segments) };
    }
    return undefined;
  };
  return Object.defineProperty(matchOperation, 'tableCount', { get: () => tables.size }) as OperationMatcher;
}

function buildTable(operations: readonly OperationEntry[]): MethodTable {
  const exact = new Map<string, OperationMatch>();
  const bySegmentCount = new Map<number, CompiledTemplate[]>();
  for (const operation of operations) {
    const compiled = compileTemplate(operation);
    if (compiled.paramNames.length === 0) exact.set(operation.pathTemplate, { operation, pathParams: NO_PARAMS });
    let group = bySegmentCount.get(compiled.segments.length);
    if (group === undefined) bySegmentCount.set(compiled.segments.length, (group = []));
    group.push(compiled);
  }
  for (const group of bySegmentCount.values()) group.sort(compareSpecificity);
  return { exact, bySegmentCount };
}

function compileTemplate(operation: OperationEntry): CompiledTemplate {
  const paramNames: string[] = [];
  const segments = splitPath(operation.pathTemplate).map((segment) => {
    const param = /^\{(.+)\}$/.exec(segment);
    if (param === null) return segment;
    paramNames.push(param[1]!);
    return null;
  });
  return { operation, segments, paramNames };
}

function compareSpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  for (let index = 0; index < a.segments.length; index++) {
    const aLiteral = a.segments[index] !== null;
    const bLiteral = b.segments[index] !== null;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

function splitPath(uri: string): string[] {
  let end = uri.length;
  const query = uri.indexOf('?');
  if (query !== -1) end = query;
  const fragment = uri.indexOf('#');
  if (fragment !== -1 && fragment < end) end = fragment;
  const path = uri.slice(0, end);
  const segments = path.split('/');
  // A leading slash and a trailing slash give empty segments that no template has.
  if (segments[0] === '') segments.shift();
  if (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  return segments;
}

function matches(template: CompiledTemplate, segments: readonly string[]): boolean {
  for (let index = 0; index < segments.length; index++) {
    const literal = template.segments[index];
    if (literal === null) {
      if (segments[index] === '') return false;
    } else if (literal !== segments[index]) {
      return false;
    }
  }
  return true;
}

function extractParams(template: CompiledTemplate, segments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  let name = 0;
  for (let index = 0; index < segments.length; index++) {
    if (template.segments[index] === null) params[template.paramNames[name++]!] = safeDecode(segments[index]!);
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
