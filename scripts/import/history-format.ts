/**
 * The format of `spec-model/history.json`, the digest of the SaaSus specs' history: a zod schema
 * (the file's types derive from it), the canonical JSON text, and the rules that derive each
 * summary field (`since`, `requiredSince`, …) from the per-version record, so that a reader of
 * the file, and the test of the committed file, can check one against the other.
 *
 * The digest holds facts only: names, dates, types, required-ness, nullability, presence. No
 * description, title or other text of the specs.
 *
 * Every timeline (`history`) is a list of states, each from a version's date until the next
 * entry; the first entry is the first version of its API that can show it (a schema, property or
 * operation absent then starts with an `absent` entry). Days are the unit: of two versions of an
 * API on one day, the later one counts.
 */
import { isSuccessStatus } from '../../src/envelope/event-format.js';
import { z } from 'zod';
import { printJson } from '../lib/json-text.js';

const day = z.iso.date();

export const SOURCE_NAMES = ['sdk-models', 'docs-specs'] as const;

const Absent = z.strictObject({ from: day, absent: z.literal(true) });

const PropertyState = z.union([
  z.strictObject({ from: day, required: z.boolean(), nullable: z.boolean(), type: z.string().min(1) }),
  Absent,
]);

const Property = z.strictObject({
  /** The first version that has it. */
  since: day,
  /** When it is absent from the newest version: the first version of that final absence. */
  gone: day.nullable(),
  /** When required in the newest version: the first version of that final required run. */
  requiredSince: day.nullable(),
  /**
   * Required in every version in effect since events began (the version in effect on
   * `eventsBegan` and every later one) in which its schema exists.
   */
  alwaysRequired: z.boolean(),
  /** Nullable in any version. */
  nullable: z.boolean(),
  history: z.array(PropertyState).min(1),
});

const SchemaState = z.union([z.strictObject({ from: day, type: z.string().min(1), nullable: z.boolean() }), Absent]);

const Schema = z.strictObject({
  since: day,
  gone: day.nullable(),
  /**
   * The schema only names another type (`Uuid` is a string, `CreateTenantParam` is
   * `TenantProps`). The SDK generator inlined such schemas, so the SDK models cannot show them:
   * an alias's record starts with its API's first docs spec.
   */
  alias: z.boolean(),
  history: z.array(SchemaState).min(1),
  properties: z.record(z.string(), Property),
});

const Request = z.strictObject({ type: z.string().min(1), required: z.boolean() });

const OperationState = z.union([
  z.strictObject({
    from: day,
    operationId: z.string().min(1),
    method: z.string().regex(/^[A-Z]+$/),
    path: z.string().startsWith('/'),
    request: Request.nullable(),
    /** Per status, the JSON body's type, or `null` for a response without a body. */
    responses: z.record(z.string().regex(/^\d{3}$/), z.string().min(1).nullable()),
  }),
  Absent,
]);

const Operation = z.strictObject({
  /** Method and path of the newest version that has it. */
  method: z.string().regex(/^[A-Z]+$/),
  path: z.string().startsWith('/'),
  since: day,
  gone: day.nullable(),
  /** `null` when no version declares a request body. */
  request: z
    .strictObject({
      /** The first version that declares a body. */
      since: day,
      /** A body is declared in every version that has the operation. */
      always: z.boolean(),
      /** When the newest version marks the body required: the first version of that final run. */
      requiredSince: day.nullable(),
      /** Every version that has the operation marks the body required. */
      alwaysRequired: z.boolean(),
    })
    .nullable(),
  /** Whether a success (2xx) response has a JSON body. */
  successBody: z.strictObject({
    /** When the newest version has one: the first version of that final run. */
    since: day.nullable(),
    /** Every version that has the operation answers success with a body. */
    always: z.boolean(),
  }),
  /**
   * For an operation in its API's first docs spec (which may be older than that spec): since when
   * every named body schema of that first version (request, success responses) exists without a
   * gap, the SDK models included. A hint that the operation existed by then, not a record of it.
   */
  bodySchemasKnownSince: day.nullable(),
  history: z.array(OperationState).min(1),
});

const Version = z.strictObject({
  date: day,
  source: z.enum(SOURCE_NAMES),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  blob: z.string().regex(/^[0-9a-f]{40}$/),
});

const Api = z.strictObject({
  /** The versions used, oldest first (one per day). */
  versions: z.array(Version).min(1),
  /** The first docs spec: operations are known from there on only. */
  operationsKnownSince: day,
  schemas: z.record(z.string(), Schema),
  operations: z.record(z.string(), Operation),
});

const Source = z.strictObject({
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** What the source can show: the SDK models hold no operations. */
  holds: z.enum(['schemas', 'schemas and operations']),
  from: day,
  to: day,
  /** Files read. */
  files: z.number().int().positive(),
});

export const HistoryDigestSchema = z.strictObject({
  format: z.literal('saasus-spec-history/1'),
  computedBy: z.literal('scripts/import/history.ts'),
  /** Events began in January 2023: the version in effect on this day is the first that counts. */
  eventsBegan: day,
  sources: z.strictObject({ 'sdk-models': Source, 'docs-specs': Source }),
  apis: z.record(z.string(), Api),
});

export type HistoryDigest = z.infer<typeof HistoryDigestSchema>;
export type ApiHistory = z.infer<typeof Api>;
export type SchemaHistory = z.infer<typeof Schema>;
export type SchemaState = z.infer<typeof SchemaState>;
export type PropertyHistory = z.infer<typeof Property>;
export type PropertyState = z.infer<typeof PropertyState>;
export type OperationHistory = z.infer<typeof Operation>;
export type OperationState = z.infer<typeof OperationState>;
export type VersionRecord = z.infer<typeof Version>;
export type SourceRecord = z.infer<typeof Source>;

/** `{ from, absent: true }`: the state of something a version does not have. */
export type AbsentState = z.infer<typeof Absent>;

export function isAbsent(state: { readonly from: string } | AbsentState): state is AbsentState {
  return 'absent' in state;
}

// ---------------------------------------------------------------------------------------------
// Canonical text

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * The digest's canonical text: keys sorted, a value on one line when it fits in 120 columns,
 * else one member per line; a final newline.
 */
export function printDigest(digest: HistoryDigest): string {
  return printJson(sortKeys(digest));
}

// ---------------------------------------------------------------------------------------------
// Summaries from per-version states

/** Index of the first version that counts for events: the one in effect on `eventsBegan`. */
export function firstEventVersion(dates: readonly string[], eventsBegan: string): number {
  let first = 0;
  dates.forEach((d, i) => {
    if (d <= eventsBegan) first = i;
  });
  return first;
}

/** The start of the final run of `test` (over the states), or `null` when the last state fails it. */
function finalRunStart<T>(states: readonly T[], dates: readonly string[], test: (s: T) => boolean): string | null {
  let i = states.length;
  while (i > 0 && test(states[i - 1] as T)) i--;
  return i === states.length ? null : (dates[i] as string);
}

function firstWhere<T>(states: readonly T[], dates: readonly string[], test: (s: T) => boolean): string | null {
  const i = states.findIndex(test);
  return i === -1 ? null : (dates[i] as string);
}

/** A state per version, `undefined` where absent. */
type Present<T> = T | undefined;

export function summarizeSchema(
  states: readonly Present<{ type: string; nullable: boolean }>[],
  dates: readonly string[],
): { since: string; gone: string | null } {
  const since = firstWhere(states, dates, (s) => s !== undefined);
  if (since === null) throw new Error('a schema with no version');
  return { since, gone: finalRunStart(states, dates, (s) => s === undefined) };
}

export function summarizeProperty(
  states: readonly Present<{ required: boolean; nullable: boolean }>[],
  schemaPresent: readonly boolean[],
  dates: readonly string[],
  firstCounted: number,
): Omit<PropertyHistory, 'history'> {
  const since = firstWhere(states, dates, (s) => s !== undefined);
  if (since === null) throw new Error('a property with no version');
  let alwaysRequired = true;
  states.forEach((s, i) => {
    if (i >= firstCounted && schemaPresent[i] === true && s?.required !== true) alwaysRequired = false;
  });
  return {
    since,
    gone: finalRunStart(states, dates, (s) => s === undefined),
    requiredSince: finalRunStart(states, dates, (s) => s?.required === true),
    alwaysRequired,
    nullable: states.some((s) => s?.nullable === true),
  };
}

interface OperationFactsLike {
  readonly request: { readonly required: boolean } | null;
  readonly responses: Readonly<Record<string, string | null>>;
}

function answered(op: OperationFactsLike): boolean {
  return Object.entries(op.responses).some(([status, body]) => isSuccessStatus(status) && body !== null);
}

export function summarizeOperation(
  states: readonly Present<OperationFactsLike>[],
  dates: readonly string[],
): Pick<OperationHistory, 'since' | 'gone' | 'request' | 'successBody'> {
  const since = firstWhere(states, dates, (s) => s !== undefined);
  if (since === null) throw new Error('an operation with no version');
  const present = states.filter((s): s is OperationFactsLike => s !== undefined);
  const requestSince = firstWhere(states, dates, (s) => s !== undefined && s.request !== null);
  // Runs of the final present versions: an absent version breaks a run.
  return {
    since,
    gone: finalRunStart(states, dates, (s) => s === undefined),
    request:
      requestSince === null
        ? null
        : {
            since: requestSince,
            always: present.every((s) => s.request !== null),
            requiredSince: finalRunStart(states, dates, (s) => s?.request?.required === true),
            alwaysRequired: present.every((s) => s.request?.required === true),
          },
    successBody: {
      since: finalRunStart(states, dates, (s) => s !== undefined && answered(s)),
      always: present.every(answered),
    },
  };
}

/** The state per version that a timeline says (`dates` are its API's version dates). */
export function expand<S extends { readonly from: string }>(history: readonly S[], dates: readonly string[]): Array<S | undefined> {
  return dates.map((d) => {
    let state: S | undefined;
    for (const entry of history) if (entry.from <= d) state = entry;
    return state;
  });
}

/** The timeline of per-version states: an entry where the state changes. */
export function compress<S, E extends { readonly from: string }>(
  states: readonly S[],
  dates: readonly string[],
  entry: (state: S, date: string) => E,
  same: (a: S, b: S) => boolean,
): E[] {
  const out: E[] = [];
  states.forEach((s, i) => {
    if (i === 0 || !same(states[i - 1] as S, s)) out.push(entry(s, dates[i] as string));
  });
  return out;
}

/**
 * Problems of a digest beyond its schema: every summary must follow from its timeline, timelines
 * must start at a version of their API and change at every entry, dates must ascend.
 */
export function digestProblems(digest: HistoryDigest): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
  for (const [api, h] of Object.entries(digest.apis)) {
    const dates = h.versions.map((v) => v.date);
    for (let i = 1; i < dates.length; i++) {
      if ((dates[i] as string) <= (dates[i - 1] as string)) problems.push(`${api}: versions not in ascending days`);
    }
    const firstCounted = firstEventVersion(dates, digest.eventsBegan);
    const checkTimeline = (where: string, history: ReadonlyArray<{ from: string }>): void => {
      history.forEach((e, i) => {
        if (!dates.includes(e.from)) problems.push(`${where}: ${e.from} is no version of ${api}`);
        if (i > 0 && e.from <= (history[i - 1] as { from: string }).from) problems.push(`${where}: history not ascending`);
        if (i > 0) {
          const { from: _a, ...a } = history[i - 1] as { from: string };
          const { from: _b, ...b } = e;
          if (same(a, b)) problems.push(`${where}: history repeats a state at ${e.from}`);
        }
      });
    };
    for (const [name, schema] of Object.entries(h.schemas)) {
      const where = `${api}.${name}`;
      checkTimeline(where, schema.history);
      const start = dates.indexOf(schema.history[0]?.from ?? '');
      const d = dates.slice(start);
      const schemaStates = expand(schema.history, d).map((s) => (s === undefined || isAbsent(s) ? undefined : s));
      if (!same(summarizeSchema(schemaStates, d), { since: schema.since, gone: schema.gone })) {
        problems.push(`${where}: since/gone do not follow from its history`);
      }
      for (const [prop, p] of Object.entries(schema.properties)) {
        checkTimeline(`${where}.${prop}`, p.history);
        if (p.history[0]?.from !== schema.history[0]?.from) problems.push(`${where}.${prop}: history starts apart from its schema's`);
        const states = expand(p.history, d).map((s) => (s === undefined || isAbsent(s) ? undefined : s));
        states.forEach((s, i) => {
          if (s !== undefined && schemaStates[i] === undefined) problems.push(`${where}.${prop}: present without its schema`);
        });
        const { history: _h, ...summary } = p;
        const derived = summarizeProperty(states, schemaStates.map((s) => s !== undefined), d, Math.max(0, firstCounted - start));
        if (!same(derived, summary)) problems.push(`${where}.${prop}: summary does not follow from its history`);
      }
    }
    for (const [id, op] of Object.entries(h.operations)) {
      const where = `${api} ${id}`;
      checkTimeline(where, op.history);
      if (op.history[0]?.from !== h.operationsKnownSince) problems.push(`${where}: history does not start at operationsKnownSince`);
      const d = dates.slice(dates.indexOf(h.operationsKnownSince));
      const states = expand(op.history, d).map((s) => (s === undefined || isAbsent(s) ? undefined : s));
      const last = states.filter((s) => s !== undefined).at(-1);
      if (last === undefined || last.operationId !== id || last.method !== op.method || last.path !== op.path) {
        problems.push(`${where}: key, method or path differ from its newest version`);
      }
      const { history: _h, method: _m, path: _p, bodySchemasKnownSince: _k, ...summary } = op;
      if (!same(summarizeOperation(states, d), summary)) problems.push(`${where}: summary does not follow from its history`);
    }
  }
  return problems;
}
