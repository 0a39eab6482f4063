/**
 * Builds the catalogue model from the spec model (spec-model/): the specs' history applied
 * (scripts/lib/history-rules.ts), inline bodies hoisted, the operations of every API (and those of
 * earlier versions) and the shapes they reach (deduplicated across APIs, with global names).
 * Deduplication and naming run here, after the history, so that a field's required-ness decides
 * what is equal.
 */
import { createHash } from 'node:crypto';
import { anyOfShape, arrayShape, nullableShape, objectShape } from '../../src/catalogue/build-shape.js';
import type { AnyOfShape, ArrayShape, EnumShape, NullableShape, ObjectShape, Shape } from '../../src/catalogue/shape.js';
import { requiredOf, visitShape } from '../../src/catalogue/visit-shape.js';
import { fail } from './fail.js';
import { type IR, qualify, refsOf, splitKey, stableStringify, toShape } from './ir.js';
import { GLOBAL_NAMES, GLOBAL_RENAMES, apiPascal, canonicalEventType, compareApis } from './names.js';
import type { HistoryDigest } from '../import/history-format.js';
import { ApiHistoryRules, type BodyRelaxation } from './history-rules.js';
import { type SchemaNode, type SpecModel, type SpecModelApi, type SpecModelOperation, irOf } from './spec-model.js';

export interface ShapeModel {
  /** Global name, as in `shapes`. */
  readonly name: string;
  readonly shape: Shape;
  /** The representative IR (of the highest-priority API); references are qualified keys. */
  readonly ir: IR;
  /** The APIs defining this component, in priority order. */
  readonly apis: readonly string[];
  /** The component's name in the specs (before any renaming). */
  readonly specName: string;
  /** For a hoisted inline schema: which body of which operation it was. */
  readonly hoisted: { readonly operationId: string; readonly body: 'request' | 'response' } | undefined;
}

export interface PathParam {
  readonly name: string;
  /** Sample value for the fixtures (not URL-encoded). */
  readonly sample: string;
}

export interface OperationModel {
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  readonly eventTypes: readonly [string, ...string[]];
  readonly pathParams: readonly PathParam[];
  /** Shape name of the request body. */
  readonly request: string | undefined;
  readonly requestRequired: boolean;
  /** Shape name (or `null`) per status, in spec order. */
  readonly responses: ReadonlyArray<readonly [string, string | null]>;
  /** Bodies today's spec has that earlier versions did not (`request` or a status): since when. */
  readonly since: ReadonlyMap<string, string>;
  /** For an operation of an earlier version (removed, or an old path): the first version without it. */
  readonly until: string | undefined;
}

export interface Model {
  /** Sorted by name. */
  readonly shapes: readonly ShapeModel[];
  readonly shapesByName: ReadonlyMap<string, ShapeModel>;
  /** Sorted by api, pathTemplate, method. */
  readonly operations: readonly OperationModel[];
  /** Global shape name of a qualified key (`auth:Tenant`). */
  readonly nameOf: (key: string) => string;
  /** The IR of a qualified key, as its own API defines it. */
  readonly irOf: (key: string) => IR;
  /** The properties the history made optional, per API (for the report). */
  readonly relaxations: readonly HistoryRelaxation[];
}

/** A property today's spec requires that the generated catalogue makes optional, and why. */
export interface HistoryRelaxation {
  readonly api: string;
  /** Schema (or place inside one, `TenantIdentityProviders.saml`) and property. */
  readonly schema: string;
  readonly property: string;
  readonly since: string;
  /** `schema`: required later in its schema; else the operation body whose schema changed. */
  readonly via: string;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A uuid-shaped value derived from a seed (stable across runs). */
export function sampleUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Whether every value `b` accepts is accepted by `a`, where `a` differs from `b` at most by
 * further optional properties, further enum values or a `rest` (same required properties).
 */
function subsumes(a: Shape, b: Shape): boolean {
  if (stableStringify(a) === stableStringify(b)) return true;
  if (a.k !== b.k) return false;
  // `b` is of `a`'s kind: each method reads it as that kind.
  return visitShape<boolean>(a, {
    primitive: () => false,
    ref: () => false,
    enum: (values) => (b as EnumShape).v.every((v) => values.includes(v)),
    array: (items) => subsumes(items, (b as ArrayShape).v),
    nullable: (inner) => subsumes(inner, (b as NullableShape).v),
    anyOf: (options) => {
      const others = (b as AnyOfShape).v;
      return options.length === others.length && options.every((o, i) => subsumes(o, others[i] as Shape));
    },
    object: (properties, required, rest, shape) => {
      const other = b as ObjectShape;
      if (stableStringify([shape.s, shape.g]) !== stableStringify([other.s, other.g])) return false;
      if ([...required].sort().join() !== [...requiredOf(other)].sort().join()) return false;
      for (const [k, v] of Object.entries(other.v)) {
        const av = properties[k];
        if (av === undefined || !subsumes(av, v)) return false;
      }
      if (other.x !== undefined) return rest !== undefined && subsumes(rest, other.x);
      return true;
    },
  });
}

/** Normalizes a shape for comparison: `required` lists sorted. */
function normalize(shape: Shape): Shape {
  return visitShape<Shape>(shape, {
    primitive: () => shape,
    ref: () => shape,
    enum: () => shape,
    array: (items) => arrayShape(normalize(items)),
    anyOf: (options) => anyOfShape(options.map(normalize)),
    nullable: (inner) => nullableShape(normalize(inner)),
    object: (properties, required, rest, object) => {
      const normalized: Record<string, Shape> = {};
      for (const [k, v] of Object.entries(properties)) normalized[k] = normalize(v);
      return {
        ...objectShape(normalized, [...required].sort(), rest === undefined ? undefined : normalize(rest)),
        ...(object.s !== undefined ? { s: object.s } : {}),
        ...(object.g !== undefined ? { g: object.g } : {}),
      };
    },
  });
}

/**
 * One API's schemas for the generator: its components (with the history applied), the inline
 * bodies of its operations, hoisted under names of their own, and schemas of earlier versions
 * that operations or properties of earlier versions name.
 */
class ApiSchemas {
  readonly api: string;
  private readonly schemas = new Map<string, IR>();
  private readonly hoisted = new Map<string, NonNullable<ShapeModel['hoisted']>>();
  private readonly rules: ApiHistoryRules;

  constructor(api: SpecModelApi, rules: ApiHistoryRules) {
    this.api = api.api;
    this.rules = rules;
    for (const [name, node] of Object.entries(api.schemas)) this.schemas.set(name, rules.apply(irOf(node, api.api), name));
  }

  has(name: string): boolean {
    return this.schemas.has(name);
  }

  /** Registers an inline body under a new component name; returns its key. */
  hoist(name: string, ir: IR, body: 'request' | 'response', operationId: string, where: string): string {
    if (this.has(name)) fail(`${where}: cannot hoist the inline schema as ${name}: the name is taken`);
    this.schemas.set(name, ir);
    this.hoisted.set(name, { operationId, body });
    return qualify(this.api, name);
  }

  hoistedAs(name: string): ShapeModel['hoisted'] {
    return this.hoisted.get(name);
  }

  ir(name: string): IR {
    let ir = this.schemas.get(name);
    if (ir === undefined) {
      // A schema only earlier versions had (`AllowedIps`), named by an operation or property of theirs.
      ir = this.rules.goneSchema(name);
      if (ir === undefined) fail(`${this.api}: schema ${name} not found`);
      this.schemas.set(name, ir);
    }
    return ir;
  }
}

/**
 * The catalogue model of the spec model, with the specs' history (spec-model/history.json)
 * applied; without a history, today's specs as they are.
 */
export function buildModel(specModel: SpecModel, history?: HistoryDigest): Model {
  const registries = new Map<string, ApiSchemas>();
  const rulesOf = new Map<string, ApiHistoryRules>();
  const bodiesOf = new Map<string, ReturnType<ApiHistoryRules['operationBodies']>['bodies']>();
  const relaxations: HistoryRelaxation[] = [];
  for (const api of specModel.apis) {
    if (registries.has(api.api)) fail(`two specs for API ${api.api}`);
    const rules = new ApiHistoryRules(api.api, history);
    rulesOf.set(api.api, rules);
    // Body schema changes first: they relax properties of today's components.
    const requiredOf = (schema: string): readonly string[] => {
      const node = api.schemas[schema];
      return node !== undefined && 'type' in node && node.type === 'object' ? (node.required ?? []) : [];
    };
    const bodyName = (node: SchemaNode | undefined): string | undefined => (node !== undefined && 'ref' in node ? node.ref : undefined);
    for (const op of api.operations) {
      const { bodies, relaxations: found } = rules.operationBodies(
        op.operationId,
        {
          request: bodyName(op.request?.schema),
          requestRequired: op.request?.required === true,
          responses: op.responses.map((r) => [r.status, r.schema === null ? null : bodyName(r.schema)] as const),
        },
        requiredOf,
      );
      bodiesOf.set(`${api.api}.${op.operationId}`, bodies);
      for (const r of found) {
        rules.addBodyRelaxation(r);
        relaxations.push({ api: api.api, schema: r.schema, property: r.property, since: r.since, via: r.via });
      }
    }
    registries.set(api.api, new ApiSchemas(api, rules));
  }
  const schemasOf = (api: string): ApiSchemas => {
    const c = registries.get(api);
    if (c === undefined) fail(`unknown API ${api}`);
    return c;
  };
  const irOfKey = (key: string): IR => {
    const { api, name } = splitKey(key);
    return schemasOf(api).ir(name);
  };

  // Operations: body schemas as qualified keys, inline ones hoisted.
  interface PendingOp {
    readonly api: SpecModelApi;
    readonly op: SpecModelOperation;
    readonly request: string | undefined;
    readonly responses: ReadonlyArray<readonly [string, string | null]>;
    readonly until: string | undefined;
  }
  const pending: PendingOp[] = [];
  const refKey = (api: string, op: SpecModelOperation, node: SchemaNode, suffix: string): string => {
    const ir = irOf(node, api);
    if (ir.k === 'ref') return ir.to;
    const body = suffix === 'Request' ? 'request' : 'response';
    const name = `${op.operationId}${suffix}`;
    const applied = (rulesOf.get(api) as ApiHistoryRules).apply(ir, name);
    return schemasOf(api).hoist(name, applied, body, op.operationId, `${api}.${op.operationId} ${suffix}`);
  };
  for (const api of specModel.apis) {
    for (const op of api.operations) {
      const request = op.request === null ? undefined : refKey(api.api, op, op.request.schema, 'Request');
      const inline = op.responses.filter((r) => r.schema !== null && !('ref' in r.schema)).length;
      const responses = op.responses.map(({ status, schema }): readonly [string, string | null] => [
        status,
        schema === null ? null : refKey(api.api, op, schema, inline > 1 ? `Response${status}` : 'Response'),
      ]);
      pending.push({ api, op, request, responses, until: undefined });
    }
    // Operations of earlier versions: their events still decode as calls of these operations.
    for (const old of (rulesOf.get(api.api) as ApiHistoryRules).historicalOperations()) {
      const today = api.operations.find((o) => o.operationId === old.operationId);
      const anyToday = specModel.apis.flatMap((a) => a.operations).find((o) => o.operationId === old.operationId);
      const path = old.path;
      const op: SpecModelOperation = {
        operationId: old.operationId,
        method: old.method,
        path,
        uriTemplate: api.basePath + path,
        eventTypes: today?.eventTypes ?? anyToday?.eventTypes ?? [canonicalEventType(old.operationId)],
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1] as string })),
        request: old.request === null ? null : { schema: { ref: old.request }, required: old.requestRequired },
        responses: [],
      };
      const key = (name: string | null): string | null => (name === null ? null : qualify(api.api, name));
      pending.push({
        api,
        op,
        request: key(old.request) ?? undefined,
        responses: old.responses.map(([status, body]) => [status, key(body)] as const),
        until: old.until,
      });
    }
  }

  // Reachable components.
  const reachable = new Set<string>();
  const queue: string[] = [];
  const visit = (key: string): void => {
    if (reachable.has(key)) return;
    reachable.add(key);
    queue.push(key);
  };
  for (const p of pending) {
    if (p.request !== undefined) visit(p.request);
    for (const [, r] of p.responses) if (r !== null) visit(r);
  }
  while (queue.length > 0) {
    const key = queue.pop() as string;
    for (const ref of refsOf(irOfKey(key))) visit(ref);
  }
  const nodes = [...reachable].sort();

  // Partition same-named components into classes of equal content (refinement to a fixpoint, so
  // that components referring to differing components differ too).
  let classOf = new Map<string, string>(nodes.map((k) => [k, splitKey(k).name]));
  for (;;) {
    const next = new Map<string, string>();
    for (const key of nodes) {
      const sig = stableStringify(normalize(toShape(irOfKey(key), (k) => classOf.get(k) ?? k)));
      const digest = createHash('sha256').update(sig).digest('hex').slice(0, 16);
      next.set(key, `${splitKey(key).name}#${digest}`);
    }
    const before = new Set(classOf.values()).size;
    const after = new Set(next.values()).size;
    classOf = next;
    if (after === before) break;
  }
  const byPriority = (a: string, b: string): number =>
    compareApis(splitKey(a).api, splitKey(b).api) || compareStrings(a, b);
  // The representative of a class: the member whose content the shape takes.
  const repOf = new Map<string, string>();
  for (const key of [...nodes].sort(byPriority)) {
    const cls = classOf.get(key) as string;
    if (!repOf.has(cls)) repOf.set(cls, key);
  }

  // Merge the variants of a name where one accepts everything the others accept (it only adds
  // optional properties or enum values: auth's `Error` has an optional `data`), then classes
  // that became equal through that; repeat until stable.
  const classSig = (cls: string): Shape =>
    normalize(toShape(irOfKey(repOf.get(cls) as string), (k) => classOf.get(k) ?? k));
  const mergeInto = (target: string, others: readonly string[]): void => {
    for (const key of nodes) if (others.includes(classOf.get(key) as string)) classOf.set(key, target);
    for (const o of others) repOf.delete(o);
  };
  for (let changed = true; changed; ) {
    changed = false;
    const classesByName = new Map<string, string[]>();
    for (const cls of [...repOf.keys()].sort((a, b) => byPriority(repOf.get(a) as string, repOf.get(b) as string))) {
      const name = splitKey(repOf.get(cls) as string).name;
      classesByName.set(name, [...(classesByName.get(name) ?? []), cls]);
    }
    for (const group of classesByName.values()) {
      if (group.length < 2) continue;
      const sigs = new Map(group.map((c) => [c, classSig(c)]));
      const target = group.find((c) => group.every((o) => subsumes(sigs.get(c) as Shape, sigs.get(o) as Shape)));
      if (target !== undefined) {
        mergeInto(target, group.filter((c) => c !== target));
        changed = true;
        continue;
      }
      const seen = new Map<string, string>();
      for (const c of group) {
        const text = stableStringify(sigs.get(c));
        const first = seen.get(text);
        if (first === undefined) seen.set(text, c);
        else {
          mergeInto(first, [c]);
          changed = true;
        }
      }
    }
  }

  // Name the classes.
  const classes = new Map<string, string[]>();
  for (const key of [...nodes].sort(byPriority)) {
    const cls = classOf.get(key) as string;
    classes.set(cls, [...(classes.get(cls) ?? []), key]);
  }
  const byName = new Map<string, string[]>();
  for (const cls of classes.keys()) {
    const name = splitKey(repOf.get(cls) as string).name;
    byName.set(name, [...(byName.get(name) ?? []), cls]);
  }
  const finalName = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const [specName, group] of [...byName].sort(([a], [b]) => compareStrings(a, b))) {
    // The class holding the highest-priority API keeps the plain name.
    const best = (cls: string): string => (classes.get(cls) as string[])[0] as string;
    group.sort((a, b) => byPriority(best(a), best(b)));
    group.forEach((cls, i) => {
      const base = GLOBAL_RENAMES[specName] ?? specName;
      const name = i === 0 ? base : apiPascal(splitKey(best(cls)).api) + base;
      if (GLOBAL_NAMES.has(name)) {
        fail(`component ${specName} would shadow the global ${name}: add a rename to GLOBAL_RENAMES`);
      }
      const members = classes.get(cls) as string[];
      const prev = taken.get(name);
      if (prev !== undefined) fail(`two shapes would be named ${name} (${prev} and ${members.join(', ')})`);
      taken.set(name, members.join(', '));
      for (const m of members) finalName.set(m, name);
    });
  }
  const nameOf = (key: string): string => {
    const n = finalName.get(key);
    if (n === undefined) fail(`internal: no shape name for ${key}`);
    return n;
  };

  const shapes: ShapeModel[] = [];
  for (const [cls, members] of classes) {
    const rep = repOf.get(cls) as string;
    const { api, name: specName } = splitKey(rep);
    const ir = irOfKey(rep);
    const hoisted = schemasOf(api).hoistedAs(specName);
    shapes.push({
      name: nameOf(rep),
      shape: toShape(ir, nameOf),
      ir,
      apis: members.map((m) => splitKey(m).api),
      specName,
      hoisted,
    });
  }
  shapes.sort((a, b) => compareStrings(a.name, b.name));

  const operations: OperationModel[] = pending.map(({ api, op, request, responses, until }) => {
    const bodies = until === undefined ? bodiesOf.get(`${api.api}.${op.operationId}`) : undefined;
    const since = new Map<string, string>();
    if (bodies?.requestSince !== undefined) since.set('request', bodies.requestSince);
    for (const [status, date] of bodies?.responseSince ?? []) since.set(status, date);
    return {
      api: api.api,
      operationId: op.operationId,
      method: op.method,
      pathTemplate: op.uriTemplate,
      eventTypes: op.eventTypes,
      pathParams: op.pathParams.map((p) => ({ name: p.name, sample: pathSample(p) })),
      request: request === undefined ? undefined : nameOf(request),
      requestRequired: op.request?.required === true && bodies?.requestAlwaysRequired !== false,
      responses: responses.map(([s, r]) => [s, r === null ? null : nameOf(r)]),
      since,
      until,
    };
  });
  // Today's operations first, then those of earlier versions: a lookup by key finds today's.
  operations.sort(
    (a, b) =>
      compareStrings(a.until ?? '', b.until ?? '') ||
      compareStrings(a.api, b.api) ||
      compareStrings(a.pathTemplate, b.pathTemplate) ||
      compareStrings(a.method, b.method),
  );
  const opKeys = new Set(operations.filter((o) => o.until === undefined).map((o) => `${o.api}.${o.operationId}`));
  if (opKeys.size !== operations.filter((o) => o.until === undefined).length) fail('two operations share an api and operationId');
  const routes = new Set(operations.map((o) => `${o.method} ${o.pathTemplate}`));
  if (routes.size !== operations.length) fail('two operations share a method and path template');

  // Every property made optional, per schema and through body changes, for the report.
  for (const s of shapes) {
    for (const api of s.apis) collectRelaxations(s.ir, rulesOf.get(api) as ApiHistoryRules, s.specName, relaxations);
  }

  return {
    shapes,
    shapesByName: new Map(shapes.map((s) => [s.name, s])),
    operations,
    nameOf,
    irOf: irOfKey,
    relaxations: dedupeRelaxations(relaxations),
  };
}

/** A path parameter's sample value: its example where it is a string or number, else made up. */
function pathSample(param: SpecModelOperation['pathParams'][number]): string {
  const example = param.example;
  if (typeof example === 'string' || typeof example === 'number') return String(example);
  return /(^|_)id$/.test(param.name) ? sampleUuid(`path:${param.name}`) : 'sample';
}

/** The properties of `ir` (and objects nested in it) the history made optional. */
function collectRelaxations(ir: IR, rules: ApiHistoryRules, place: string, out: HistoryRelaxation[]): void {
  switch (ir.k) {
    case 'array':
      return collectRelaxations(ir.items, rules, `${place}[]`, out);
    case 'anyOf':
      return ir.options.forEach((o) => collectRelaxations(o, rules, place, out));
    case 'nullable':
      return collectRelaxations(ir.inner, rules, place, out);
    case 'object':
      for (const [property, since] of ir.since) {
        if (rules.requiredLaterInSchema(place, property)) out.push({ api: rules.api, schema: place, property, since, via: 'schema' });
      }
      for (const [name, prop] of ir.props) collectRelaxations(prop, rules, `${place}.${name}`, out);
      return;
    default:
      return;
  }
}

/** One entry per API, schema and property: its schema's own history explains it first; the later date counts. */
function dedupeRelaxations(list: readonly HistoryRelaxation[]): HistoryRelaxation[] {
  const byKey = new Map<string, HistoryRelaxation>();
  for (const r of list) {
    const key = `${r.api}.${r.schema}.${r.property}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, r);
    else byKey.set(key, { ...(r.via === 'schema' ? r : seen), since: r.since > seen.since ? r.since : seen.since });
  }
  return [...byKey.values()].sort((a, b) => compareStrings(`${a.api}.${a.schema}.${a.property}`, `${b.api}.${b.schema}.${b.property}`));
}
