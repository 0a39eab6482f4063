/**
 * One version of one API, reduced to the facts the history compares: each schema's type and
 * properties (required, nullable, type), and each operation's bodies. Both sources (OpenAPI specs
 * and the SDK's TypeScript models) are read into this form, so their versions compare directly.
 *
 * Types are written in one coarse vocabulary that both sources can express:
 * - `string`, `number` (OpenAPI `integer` and `number`), `boolean`, `unknown`;
 * - a component's name (`Tenant`) for a component that is an object, enum or union; a component
 *   that only names a primitive or an array (`Uuid`) is written as what it names, as the SDK
 *   generator inlines those;
 * - `enum(a|b)` for an inline enum, values sorted;
 * - `T[]` for arrays, `record<T>` for maps (free-form objects are `record<unknown>`);
 * - `object` for an inline object: its properties are tracked as a schema of their own, named by
 *   their place (`TenantIdentityProviders.saml`, `CreateTenantInvitationParam.envs[]`);
 * - `A|B` for a union, members sorted.
 * `null` is never part of a type: it is the separate `nullable` fact.
 */

export interface PropertyFacts {
  readonly required: boolean;
  readonly nullable: boolean;
  readonly type: string;
}

export interface SchemaFacts {
  /** `object` for an object with properties, else the type it stands for. */
  readonly type: string;
  readonly nullable: boolean;
  /** The properties of an object, in source order; empty for other schemas. */
  readonly properties: ReadonlyMap<string, PropertyFacts>;
}

export interface RequestFacts {
  /** The body's type (a schema name in practice). */
  readonly type: string;
  /** Whether the spec marks the body required (`requestBody.required`). */
  readonly required: boolean;
}

export interface OperationFacts {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path relative to the API's server URL. */
  readonly path: string;
  readonly request: RequestFacts | null;
  /** Per status (`200`, `404`, …): the JSON body's type, `null` when that status has no body. */
  readonly responses: ReadonlyMap<string, string | null>;
}

export interface Snapshot {
  readonly schemas: ReadonlyMap<string, SchemaFacts>;
  /** By operationId; `undefined` when the source holds no operations (the SDK models). */
  readonly operations: ReadonlyMap<string, OperationFacts> | undefined;
}

/** The type of an inline enum: `enum(a|b)`, values sorted so that reordering is no change. */
export function enumType(values: readonly (string | number)[]): string {
  return `enum(${[...new Set(values.map(String))].sort().join('|')})`;
}

/** The type of a union: members sorted and deduplicated; one member is that member. */
export function unionType(members: readonly string[]): string {
  const unique = [...new Set(members)].sort();
  return unique.length === 1 ? (unique[0] as string) : unique.join('|');
}

/** The name of an inline object schema at a property of `parent`. */
export function inlinePropertyName(parent: string, property: string): string {
  return `${parent}.${property}`;
}

/** The name of the inline object schema of the items of an array named `parent`. */
export function inlineItemsName(parent: string): string {
  return `${parent}[]`;
}
