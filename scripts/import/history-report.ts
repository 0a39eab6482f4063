/**
 * A reviewer's summary of `spec-model/history.json`, in Markdown: per API, which properties of
 * today's specs are required today but were not in every version since events began (and why),
 * which request and success bodies were not always there, which operations were removed, and the
 * changes a reader would not expect (types changed, enum values removed, schemas gone, properties
 * that became optional, nullability).
 *
 * Usage: `tsx scripts/import/history-report.ts [digestFile]`
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ApiHistory,
  type HistoryDigest,
  HistoryDigestSchema,
  type PropertyHistory,
  type SchemaHistory,
  firstEventVersion,
  isAbsent,
} from './history-format.js';

/** Component names a type string mentions (`Throttling[]`, `A|B`, `record<Tenant>`). */
function namesIn(type: string): string[] {
  return type.match(/[A-Za-z_][A-Za-z0-9_]*/g)?.filter((n) => !['string', 'number', 'boolean', 'unknown', 'object', 'record', 'enum'].includes(n)) ?? [];
}

function present<T extends { from: string }>(history: ReadonlyArray<T | { from: string; absent: true }>): T[] {
  return history.filter((e): e is T => !isAbsent(e));
}

/** Schemas reachable from the operations of the newest version (inline schemas with their parent). */
export function reachableSchemas(h: ApiHistory): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (type: string): void => {
    for (const n of namesIn(type)) {
      if (h.schemas[n] !== undefined && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  };
  for (const op of Object.values(h.operations)) {
    if (op.gone !== null) continue;
    const newest = present(op.history).at(-1);
    if (newest === undefined) continue;
    if (newest.request !== null) visit(newest.request.type);
    for (const body of Object.values(newest.responses)) if (body !== null) visit(body);
  }
  while (queue.length > 0) {
    const name = queue.pop() as string;
    const schema = h.schemas[name] as SchemaHistory;
    const newest = present(schema.history).at(-1);
    if (newest !== undefined) visit(newest.type);
    for (const [prop, p] of Object.entries(schema.properties)) {
      const last = present(p.history).at(-1);
      if (last !== undefined && p.gone === null) visit(last.type);
      for (const inline of [`${name}.${prop}`, `${name}.${prop}[]`, `${name}.${prop}[][]`]) {
        if (h.schemas[inline] !== undefined && !seen.has(inline)) {
          seen.add(inline);
          queue.push(inline);
        }
      }
    }
    if (h.schemas[`${name}[]`] !== undefined && !seen.has(`${name}[]`)) {
      seen.add(`${name}[]`);
      queue.push(`${name}[]`);
    }
  }
  return seen;
}

/**
 * Why a property required today is not required in every version since events began;
 * `countedFrom` is the first day that counts for it (its schema's first version in effect since
 * events began).
 */
export function whyNotAlways(p: PropertyHistory, countedFrom: string): string {
  const reasons: string[] = [];
  if (p.since > countedFrom) reasons.push(`added ${p.since}`);
  // States in effect on some counted day: those that end after countedFrom.
  const counted = p.history.filter((_, i) => (p.history[i + 1]?.from ?? '9999-12-31') > countedFrom);
  const optional = counted.filter((s) => !isAbsent(s) && !s.required);
  if (optional.length > 0) reasons.push(`optional from ${optional.map((s) => (s.from < countedFrom ? countedFrom : s.from)).join(', ')}`);
  const seen = p.history.findIndex((s) => !isAbsent(s));
  const gaps = counted.filter((s) => isAbsent(s) && p.history.indexOf(s) > seen);
  if (gaps.length > 0) reasons.push(`absent from ${gaps.map((s) => s.from).join(', ')}`);
  return reasons.length > 0 ? reasons.join('; ') : 'see its history';
}

function enumValues(type: string): string[] | undefined {
  const m = /^enum\((.*)\)$/.exec(type);
  return m === null ? undefined : (m[1] as string).split('|');
}

export function report(digest: HistoryDigest): string {
  const out: string[] = [];
  const line = (s = ''): void => {
    out.push(s);
  };
  line(`# SaaSus spec history: analysis of spec-model/history.json`);
  line();
  line(
    `Sources: sdk-models ${digest.sources['sdk-models'].from} – ${digest.sources['sdk-models'].to} (${digest.sources['sdk-models'].files} files, schemas only), ` +
      `docs-specs ${digest.sources['docs-specs'].from} – ${digest.sources['docs-specs'].to} (${digest.sources['docs-specs'].files} files). Events began ${digest.eventsBegan}.`,
  );
  line();
  const totals = { required: 0, relaxed: 0, requiredAll: 0, relaxedAll: 0 };
  const surprises: string[] = [];
  for (const [api, h] of Object.entries(digest.apis)) {
    const reachable = reachableSchemas(h);
    const dates = h.versions.map((v) => v.date);
    const eventsFrom = dates[firstEventVersion(dates, digest.eventsBegan)] as string;
    const countedFrom = (schema: SchemaHistory): string => (schema.since > eventsFrom ? schema.since : eventsFrom);
    const relaxed: string[] = [];
    let required = 0;
    let requiredAll = 0;
    let relaxedAll = 0;
    for (const [name, schema] of Object.entries(h.schemas)) {
      if (schema.gone !== null) continue;
      for (const [prop, p] of Object.entries(schema.properties)) {
        if (p.requiredSince === null) continue;
        requiredAll++;
        if (!p.alwaysRequired) relaxedAll++;
        if (!reachable.has(name)) continue;
        required++;
        if (!p.alwaysRequired) {
          relaxed.push(`| \`${name}.${prop}\` | ${p.since} | ${p.requiredSince} | ${whyNotAlways(p, countedFrom(schema))} |`);
        }
      }
    }
    totals.required += required;
    totals.relaxed += relaxed.length;
    totals.requiredAll += requiredAll;
    totals.relaxedAll += relaxedAll;
    const versions = h.versions.map((v) => `${v.date}${v.source === 'sdk-models' ? '*' : ''}`).join(', ');
    line(`## ${api}`);
    line();
    line(`Versions (* SDK models): ${versions}.`);
    line();
    line(
      `Required today (in schemas the operations reach): ${required}; would become optional: **${relaxed.length}** ` +
        `(all schemas of today's spec: ${relaxedAll} of ${requiredAll}).`,
    );
    if (relaxed.length > 0) {
      line();
      line('| property | exists since | required since | why not always required |');
      line('| --- | --- | --- | --- |');
      for (const r of relaxed) line(r);
    }
    const ops = Object.entries(h.operations);
    const live = ops.filter(([, o]) => o.gone === null);
    const requestNotAlways = live.filter(([, o]) => o.request !== null && o.request.requiredSince !== null && !o.request.alwaysRequired);
    const requestRequired = live.filter(([, o]) => o.request?.alwaysRequired === true);
    const bodyNotAlways = live.filter(([, o]) => !o.successBody.always);
    line();
    line(
      `Operations today: ${live.length}. Request bodies marked required in every version: ${requestRequired.length}; ` +
        `required today but not always: ${requestNotAlways.length}${requestNotAlways.length > 0 ? ` (${requestNotAlways.map(([id, o]) => `${id} since ${o.request?.requiredSince ?? ''}`).join(', ')})` : ''}. ` +
        `Request bodies declared but not marked required today: ${live.filter(([, o]) => o.request !== null && o.request.requiredSince === null).length}.`,
    );
    const answeredLater = bodyNotAlways.filter(([, o]) => o.successBody.since !== null);
    const neverAnswered = bodyNotAlways.filter(([, o]) => o.successBody.since === null);
    line(
      `Success bodies not always answered: ${answeredLater.length}${answeredLater.length > 0 ? ` (${answeredLater.map(([id, o]) => `${id}: a body since ${o.successBody.since ?? ''}`).join(', ')})` : ''}; ` +
        `success without a body today: ${neverAnswered.length}.`,
    );
    const removed = ops.filter(([, o]) => o.gone !== null);
    if (removed.length > 0) line(`Removed: ${removed.map(([id, o]) => `${id} (${o.method} ${o.path}, ${o.since} – gone ${o.gone ?? ''})`).join(', ')}.`);
    for (const [id, o] of ops) {
      const states = present(o.history);
      const ids = [...new Set(states.map((s) => s.operationId))];
      const places = [...new Set(states.map((s) => `${s.method} ${s.path}`))];
      if (ids.length > 1) surprises.push(`${api} operation ${id}: operationId changed (${ids.join(' -> ')})`);
      if (places.length > 1) surprises.push(`${api} operation ${id}: moved (${places.join(' -> ')}) on ${states.find((s) => `${s.method} ${s.path}` === places[1])?.from ?? ''}`);
      const reqTypes = [...new Set(states.map((s) => s.request?.type ?? '-'))];
      if (reqTypes.length > 1) surprises.push(`${api} operation ${id}: request body ${reqTypes.join(' -> ')}`);
      const respTypes = [...new Set(states.map((s) => JSON.stringify(s.responses)))];
      if (respTypes.length > 1) surprises.push(`${api} operation ${id}: responses ${respTypes.join(' -> ')}`);
    }
    line();

    // Surprises in schemas.
    const goneAt = new Map<string, string[]>();
    const newAt = new Map<string, string[]>();
    for (const [name, schema] of Object.entries(h.schemas)) {
      const states = present(schema.history);
      if (schema.gone !== null) goneAt.set(schema.gone, [...(goneAt.get(schema.gone) ?? []), name]);
      if (schema.since !== schema.history[0]?.from) newAt.set(schema.since, [...(newAt.get(schema.since) ?? []), name]);
      for (let i = 1; i < states.length; i++) {
        const a = states[i - 1] as { type: string; from: string; nullable: boolean };
        const b = states[i] as { type: string; from: string; nullable: boolean };
        const av = enumValues(a.type);
        const bv = enumValues(b.type);
        if (av !== undefined && bv !== undefined) {
          const lost = av.filter((v) => !bv.includes(v));
          const won = bv.filter((v) => !av.includes(v));
          if (lost.length > 0) surprises.push(`${api} enum ${name}: values removed on ${b.from}: ${lost.join(', ')}${won.length > 0 ? ` (added: ${won.join(', ')})` : ''}`);
        } else if (a.type !== b.type) surprises.push(`${api} schema ${name}: type ${a.type} -> ${b.type} on ${b.from}`);
        if (a.nullable !== b.nullable) surprises.push(`${api} schema ${name}: nullable ${String(a.nullable)} -> ${String(b.nullable)} on ${b.from}`);
      }
      for (const [prop, p] of Object.entries(schema.properties)) {
        const ps = present(p.history);
        for (let i = 1; i < p.history.length; i++) {
          const a = p.history[i - 1];
          const b = p.history[i];
          if (a === undefined || b === undefined || isAbsent(a) || isAbsent(b)) continue;
          const av = enumValues(a.type);
          const bv = enumValues(b.type);
          if (av !== undefined && bv !== undefined) {
            const lost = av.filter((v) => !bv.includes(v));
            if (lost.length > 0) surprises.push(`${api} ${name}.${prop}: enum values removed on ${b.from}: ${lost.join(', ')}`);
          } else if (a.type !== b.type) surprises.push(`${api} ${name}.${prop}: type ${a.type} -> ${b.type} on ${b.from}`);
          if (a.required && !b.required) surprises.push(`${api} ${name}.${prop}: became optional on ${b.from}`);
          if (a.nullable !== b.nullable) surprises.push(`${api} ${name}.${prop}: nullable ${String(a.nullable)} -> ${String(b.nullable)} on ${b.from}`);
        }
        if (p.gone !== null && schema.gone === null) surprises.push(`${api} ${name}.${prop}: gone since ${p.gone} (present ${p.since} – ${p.gone})`);
        p.history.forEach((s, i) => {
          const before = p.history[i - 1];
          if (!isAbsent(s) && before !== undefined && isAbsent(before) && ps[0] !== s) {
            surprises.push(`${api} ${name}.${prop}: back on ${s.from} after an absence`);
          }
        });
      }
    }
    for (const [date, names] of goneAt) {
      const added = newAt.get(date) ?? [];
      const renames: string[] = [];
      for (const g of names) {
        const gp = Object.keys(h.schemas[g]?.properties ?? {}).sort().join(',');
        const match = added.find((n) => gp !== '' && Object.keys(h.schemas[n]?.properties ?? {}).sort().join(',') === gp);
        if (match !== undefined) renames.push(`${g} -> ${match}`);
      }
      surprises.push(`${api} schemas gone on ${date}: ${names.join(', ')}${renames.length > 0 ? ` (same properties as the new ${renames.join('; ')})` : ''}`);
    }
  }
  line('## Totals');
  line();
  line(
    `Required properties today in schemas the operations reach: ${totals.required}; would become optional: ${totals.relaxed}. ` +
      `Over all schemas of today's specs: ${totals.relaxedAll} of ${totals.requiredAll}.`,
  );
  line();
  line('## Changes a reader would not expect');
  line();
  for (const s of surprises) line(`- ${s}`);
  return `${out.join('\n')}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'spec-model', 'history.json');
  const digest = HistoryDigestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  process.stdout.write(report(digest));
}
