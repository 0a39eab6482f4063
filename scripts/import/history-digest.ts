/**
 * Computes the history digest (see history-format.ts) from the snapshots of every version of
 * every API. Pure: the reading of files is in history.ts.
 */
import { isSuccessStatus } from '../../src/envelope/event-format.js';
import {
  type ApiHistory,
  type HistoryDigest,
  type OperationHistory,
  type OperationState,
  type PropertyHistory,
  type PropertyState,
  type SchemaHistory,
  type SchemaState,
  type SourceRecord,
  compress,
  firstEventVersion,
  summarizeOperation,
  summarizeProperty,
  summarizeSchema,
} from './history-format.js';
import type { SourceName } from './history-sources.js';
import type { OperationFacts, PropertyFacts, SchemaFacts, Snapshot } from './snapshot.js';

/** SaaSus has sent events since January 2023. */
export const EVENTS_BEGAN = '2023-01-01';

export interface VersionInput {
  readonly source: SourceName;
  readonly date: string;
  readonly commit: string;
  readonly blob: string;
  readonly snapshot: Snapshot;
}

export interface DigestInput {
  readonly sources: Readonly<Record<SourceName, SourceRecord>>;
  /** Every API's versions, oldest first. */
  readonly apis: ReadonlyMap<string, readonly VersionInput[]>;
  readonly eventsBegan?: string;
}

export function computeDigest(input: DigestInput): HistoryDigest {
  const eventsBegan = input.eventsBegan ?? EVENTS_BEGAN;
  const apis: Record<string, ApiHistory> = {};
  for (const [api, versions] of input.apis) apis[api] = computeApi(api, versions, eventsBegan);
  return {
    format: 'saasus-spec-history/1',
    computedBy: 'scripts/import/history.ts',
    eventsBegan,
    sources: { 'sdk-models': input.sources['sdk-models'], 'docs-specs': input.sources['docs-specs'] },
    apis,
  };
}

/** The last version of each day. */
function lastOfEachDay(versions: readonly VersionInput[]): VersionInput[] {
  return versions.filter((v, i) => versions[i + 1]?.date !== v.date);
}

/** A schema that only names another type: the SDK generator inlined those. */
function isAlias(facts: SchemaFacts): boolean {
  return facts.properties.size === 0 && facts.type !== 'object' && !facts.type.startsWith('enum(') && !facts.type.startsWith('record<');
}

function samePropertyFacts(a: PropertyFacts | undefined, b: PropertyFacts | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.required === b.required && a.nullable === b.nullable && a.type === b.type;
}

function computeApi(api: string, all: readonly VersionInput[], eventsBegan: string): ApiHistory {
  const versions = lastOfEachDay(all);
  const dates = versions.map((v) => v.date);
  const firstCounted = firstEventVersion(dates, eventsBegan);
  const firstDocs = versions.findIndex((v) => v.snapshot.operations !== undefined);
  if (firstDocs === -1) throw new Error(`${api}: no version with operations`);

  // Schemas
  const names = new Set<string>();
  for (const v of versions) for (const n of v.snapshot.schemas.keys()) names.add(n);
  const schemas: Record<string, SchemaHistory> = {};
  for (const name of [...names].sort()) {
    const facts = versions.map((v) => v.snapshot.schemas.get(name));
    const docsFacts = facts.slice(firstDocs).filter((f): f is SchemaFacts => f !== undefined);
    const inSdk = facts.slice(0, firstDocs).some((f) => f !== undefined);
    // An alias the SDK could not show: its record starts with the docs specs.
    const alias = !inSdk && docsFacts.length > 0 && docsFacts.every(isAlias);
    const start = alias ? firstDocs : 0;
    const d = dates.slice(start);
    const own = facts.slice(start);
    const states = own.map((f) => (f === undefined ? undefined : { type: f.type, nullable: f.nullable }));
    const history = compress(
      states,
      d,
      (s, from): SchemaState => (s === undefined ? { from, absent: true } : { from, ...s }),
      (a, b) => (a === undefined || b === undefined ? a === b : a.type === b.type && a.nullable === b.nullable),
    );

    const props = new Set<string>();
    for (const f of own) for (const p of f?.properties.keys() ?? []) props.add(p);
    const properties: Record<string, PropertyHistory> = {};
    for (const prop of [...props].sort()) {
      const pstates = own.map((f) => f?.properties.get(prop));
      const phistory = compress(
        pstates,
        d,
        (s, from): PropertyState =>
          s === undefined ? { from, absent: true } : { from, required: s.required, nullable: s.nullable, type: s.type },
        samePropertyFacts,
      );
      properties[prop] = {
        ...summarizeProperty(pstates, own.map((f) => f !== undefined), d, Math.max(0, firstCounted - start)),
        history: phistory,
      };
    }
    schemas[name] = { ...summarizeSchema(states, d), alias, history, properties };
  }

  // Operations (known from the first docs spec on), matched by operationId, or by method and
  // path where the id changed.
  const opDates = dates.slice(firstDocs);
  const tracks: Array<Array<OperationFacts | undefined>> = [];
  versions.slice(firstDocs).forEach((v, i) => {
    const ops = v.snapshot.operations;
    if (ops === undefined) throw new Error(`${api} ${v.date}: a ${v.source} version after the first docs spec`);
    const taken = new Set<number>();
    const place = (op: OperationFacts): number => {
      const lastId = (t: Array<OperationFacts | undefined>): string | undefined =>
        t.filter((s) => s !== undefined).at(-1)?.operationId;
      let k = tracks.findIndex((t, j) => !taken.has(j) && lastId(t) === op.operationId);
      if (k === -1) {
        k = tracks.findIndex((t, j) => {
          const prev = t[i - 1];
          return (
            !taken.has(j) && prev !== undefined && prev.method === op.method && prev.path === op.path && !ops.has(prev.operationId)
          );
        });
      }
      if (k === -1) {
        tracks.push(new Array<OperationFacts | undefined>(i).fill(undefined));
        k = tracks.length - 1;
      }
      return k;
    };
    for (const op of [...ops.values()].sort((a, b) => (a.operationId < b.operationId ? -1 : 1))) {
      const k = place(op);
      taken.add(k);
      (tracks[k] as Array<OperationFacts | undefined>)[i] = op;
    }
    for (const t of tracks) if (t.length === i) t.push(undefined);
  });

  const operations: Record<string, OperationHistory> = {};
  for (const track of tracks) {
    const states = track.map((op) =>
      op === undefined
        ? undefined
        : {
            operationId: op.operationId,
            method: op.method,
            path: op.path,
            request: op.request === null ? null : { type: op.request.type, required: op.request.required },
            responses: Object.fromEntries([...op.responses].sort(([a], [b]) => (a < b ? -1 : 1))),
          },
    );
    const newest = states.filter((s) => s !== undefined).at(-1);
    if (newest === undefined) continue;
    const history = compress(
      states,
      opDates,
      (s, from): OperationState => (s === undefined ? { from, absent: true } : { from, ...s }),
      (a, b) => JSON.stringify(a) === JSON.stringify(b),
    );
    if (operations[newest.operationId] !== undefined) throw new Error(`${api}: two operations end as ${newest.operationId}`);
    operations[newest.operationId] = {
      method: newest.method,
      path: newest.path,
      ...summarizeOperation(states, opDates),
      bodySchemasKnownSince: states[0] === undefined ? null : bodySchemasKnownSince(states[0], opDates[0] as string, schemas),
      history,
    };
  }

  const sortedOps: Record<string, OperationHistory> = {};
  for (const id of Object.keys(operations).sort()) sortedOps[id] = operations[id] as OperationHistory;
  return {
    versions: versions.map((v) => ({ date: v.date, source: v.source, commit: v.commit, blob: v.blob })),
    operationsKnownSince: dates[firstDocs] as string,
    schemas,
    operations: sortedOps,
  };
}

/**
 * Since when every named body schema (request, success responses) of an operation's first
 * documented version (on `date`) has existed without a gap: aliases are followed to what they
 * name, since the SDK models show only that.
 */
function bodySchemasKnownSince(
  first: { request: { type: string } | null; responses: Record<string, string | null> },
  date: string,
  schemas: Readonly<Record<string, SchemaHistory>>,
): string | null {
  const bodies = [first.request?.type, ...Object.entries(first.responses).filter(([s]) => isSuccessStatus(s)).map(([, t]) => t)];
  let known: string | null = null;
  for (const body of bodies) {
    let name = body ?? undefined;
    const seen = new Set<string>();
    while (name !== undefined && schemas[name]?.alias === true && !seen.has(name)) {
      seen.add(name);
      const last = schemas[name]?.history.at(-1);
      name = last !== undefined && 'type' in last ? last.type : undefined;
    }
    const schema = name === undefined ? undefined : schemas[name];
    if (schema === undefined) continue;
    // The start of the presence run that holds `date`.
    let start: string | null = null;
    for (const entry of schema.history) {
      if (entry.from > date) break;
      if ('absent' in entry) start = null;
      else start ??= entry.from;
    }
    if (start === null) throw new Error(`body schema ${name ?? ''} absent on ${date}`);
    if (known === null || start > known) known = start;
  }
  return known;
}
