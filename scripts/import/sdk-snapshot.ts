/**
 * Reads one version of the SaaSus SDK's generated TypeScript models (interfaces and enum types of
 * `saasus-sdk-javascript`'s `src/generated/<Api>/api.ts`) into a {@link Snapshot}, with the
 * TypeScript compiler API. A property without `?` was required.
 *
 * The SDK was generated from the specs (typescript-axios), so its names are the specs' component
 * names, except for what that generator adds or renames:
 * - `ModelError` is the spec's `Error` (the generator avoids the global name);
 * - `<Schema>AllOf` is an inline member of `<Schema>`'s `allOf`; the SDK already merges its
 *   properties into `<Schema>`, so it is no schema of its own;
 * - `<Schema><Property>Enum` is the inline enum of that property: its type is `enum(…)`;
 * - `<Schema><Property>` (an object) is the inline object of that property, and a model listed
 *   in {@link TITLE_NAMED_INLINE_MODELS} is an inline object the generator named after the
 *   schema's `title`: either is tracked by its place (`TenantIdentityProviders.saml`,
 *   `CreateTenantInvitationParam.envs[]`), as the specs' inline objects are.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { fail } from '../lib/fail.js';
import {
  type PropertyFacts,
  type SchemaFacts,
  type Snapshot,
  enumType,
  inlineItemsName,
  inlinePropertyName,
  unionType,
} from './snapshot.js';

/** SDK model names that are not spec components, beyond the rules above. */
export const SDK_RENAMES: Readonly<Record<string, string>> = { ModelError: 'Error' };

/**
 * Inline objects that the SDK generator named after their `title` rather than their place; each
 * must be referenced from exactly one property, which gives its place.
 */
export const TITLE_NAMED_INLINE_MODELS: ReadonlySet<string> = new Set(['InvitedUserEnvironmentInformationInner']);

/** PascalCase of a property name as the SDK generator writes it (`sign_in_id` -> `SignInId`). */
export function sdkPascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

interface Declarations {
  readonly interfaces: Map<string, ts.InterfaceDeclaration>;
  readonly enums: Map<string, readonly (string | number)[]>;
  readonly aliases: Map<string, ts.TypeNode>;
}

function propertyName(member: ts.PropertySignature, where: string): string {
  const n = member.name;
  if (ts.isStringLiteral(n) || ts.isIdentifier(n)) return n.text;
  fail(`${where}: unsupported property name`);
}

function declarations(source: ts.SourceFile, where: string): Declarations {
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const enums = new Map<string, readonly (string | number)[]>();
  const aliases = new Map<string, ts.TypeNode>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      if (statement.heritageClauses !== undefined) fail(`${where}: ${statement.name.text} extends another type`);
      interfaces.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        const name = decl.name.getText(source);
        let init = decl.initializer;
        if (init !== undefined && ts.isAsExpression(init)) init = init.expression;
        if (init === undefined || !ts.isObjectLiteralExpression(init)) fail(`${where}: ${name} is not an enum object`);
        const values = init.properties.map((p) => {
          const value = ts.isPropertyAssignment(p) ? p.initializer : undefined;
          if (value !== undefined && ts.isStringLiteral(value)) return value.text;
          if (value !== undefined && ts.isNumericLiteral(value)) return Number(value.text);
          fail(`${where}: ${name} has a member that is not a literal`);
        });
        enums.set(name, values);
      }
    } else if (ts.isTypeAliasDeclaration(statement)) {
      // `type X = typeof X[keyof typeof X]` is the type of the enum object X.
      if (ts.isIndexedAccessTypeNode(statement.type) && ts.isTypeQueryNode(statement.type.objectType)) continue;
      aliases.set(statement.name.text, statement.type);
    } else {
      fail(`${where}: unexpected statement ${ts.SyntaxKind[statement.kind]}`);
    }
  }
  return { interfaces, enums, aliases };
}

/** The name of the model a type node refers to, through `Array<…>` / `…[]`, with the array depth. */
function referencedModel(node: ts.TypeNode): { name: string; depth: number } | undefined {
  let depth = 0;
  let cur = node;
  for (;;) {
    if (ts.isArrayTypeNode(cur)) {
      cur = cur.elementType;
    } else if (ts.isTypeReferenceNode(cur) && cur.typeName.getText() === 'Array' && cur.typeArguments?.length === 1) {
      cur = cur.typeArguments[0] as ts.TypeNode;
    } else break;
    depth++;
  }
  return ts.isTypeReferenceNode(cur) ? { name: cur.typeName.getText(), depth } : undefined;
}

/** Reads the SDK models in `file`. */
export function readSdkSnapshot(file: string): Snapshot {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const where = file;
  const { interfaces, enums, aliases } = declarations(source, where);

  // Inline models by the place that refers to them.
  const inlineEnums = new Map<string, readonly (string | number)[]>();
  const inlineObjects = new Map<string, { parent: string; property: string; depth: number }>();
  const references = new Map<string, Array<{ parent: string; property: string; depth: number }>>();
  for (const [parent, decl] of interfaces) {
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || member.type === undefined) continue;
      const property = propertyName(member, `${where} ${parent}`);
      const ref = referencedModel(member.type);
      if (ref === undefined) continue;
      references.set(ref.name, [...(references.get(ref.name) ?? []), { parent, property, depth: ref.depth }]);
      const placeName = parent + sdkPascal(property);
      const values = enums.get(ref.name);
      if (values !== undefined && ref.name === `${placeName}Enum`) inlineEnums.set(ref.name, values);
      if (interfaces.has(ref.name) && (ref.name === placeName || ref.name === `${placeName}Inner`)) {
        inlineObjects.set(ref.name, { parent, property, depth: ref.depth });
      }
    }
  }
  for (const name of TITLE_NAMED_INLINE_MODELS) {
    if (!interfaces.has(name)) continue;
    const refs = references.get(name) ?? [];
    if (refs.length !== 1) fail(`${where}: ${name} is referenced from ${refs.length} places, expected one`);
    inlineObjects.set(name, refs[0] as { parent: string; property: string; depth: number });
  }

  const nameOf = (sdkName: string, seen: ReadonlySet<string> = new Set()): string => {
    const inline = inlineObjects.get(sdkName);
    if (inline === undefined) return SDK_RENAMES[sdkName] ?? sdkName;
    if (seen.has(sdkName)) fail(`${where}: ${sdkName} is inline in itself`);
    let place = inlinePropertyName(nameOf(inline.parent, new Set([...seen, sdkName])), inline.property);
    for (let i = 0; i < inline.depth; i++) place = inlineItemsName(place);
    return place;
  };

  const typeOf = (node: ts.TypeNode): { type: string; nullable: boolean } => {
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
      return { type: unionType(members.map((m) => typeOf(m).type)), nullable: members.length < node.types.length };
    }
    return { type: plainType(node), nullable: false };
  };
  const plainType = (node: ts.TypeNode): string => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return 'string';
      case ts.SyntaxKind.NumberKeyword:
        return 'number';
      case ts.SyntaxKind.BooleanKeyword:
        return 'boolean';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return 'unknown';
      case ts.SyntaxKind.ObjectKeyword:
        return 'record<unknown>';
      default:
        break;
    }
    if (ts.isArrayTypeNode(node)) return `${typeOf(node.elementType).type}[]`;
    if (ts.isParenthesizedTypeNode(node)) return typeOf(node.type).type;
    if (ts.isTypeLiteralNode(node)) {
      const [only] = node.members;
      if (node.members.length === 1 && only !== undefined && ts.isIndexSignatureDeclaration(only)) {
        return `record<${typeOf(only.type).type}>`;
      }
      fail(`${where}: unsupported inline type ${node.getText(source)}`);
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(source);
      if (name === 'Array' && node.typeArguments?.length === 1) return `${typeOf(node.typeArguments[0] as ts.TypeNode).type}[]`;
      const values = inlineEnums.get(name);
      if (values !== undefined) return enumType(values);
      if (inlineObjects.has(name)) return 'object';
      if (interfaces.has(name) || enums.has(name) || aliases.has(name)) return nameOf(name);
      fail(`${where}: reference to undeclared ${name}`);
    }
    fail(`${where}: unsupported type ${node.getText(source)}`);
  };

  const schemas = new Map<string, SchemaFacts>();
  const add = (name: string, facts: SchemaFacts): void => {
    if (schemas.has(name)) fail(`${where}: two models read as ${name}`);
    schemas.set(name, facts);
  };
  for (const [sdkName, decl] of interfaces) {
    if (sdkName.endsWith('AllOf') && interfaces.has(sdkName.slice(0, -'AllOf'.length))) continue;
    const properties = new Map<string, PropertyFacts>();
    let rest: string | undefined;
    for (const member of decl.members) {
      if (ts.isIndexSignatureDeclaration(member)) {
        rest = typeOf(member.type).type;
      } else if (ts.isPropertySignature(member) && member.type !== undefined) {
        const { type, nullable } = typeOf(member.type);
        properties.set(propertyName(member, `${where} ${sdkName}`), { required: member.questionToken === undefined, nullable, type });
      } else {
        fail(`${where}: ${sdkName} has an unsupported member`);
      }
    }
    const type = properties.size > 0 ? 'object' : `record<${rest ?? 'unknown'}>`;
    add(nameOf(sdkName), { type, nullable: false, properties });
  }
  for (const [sdkName, values] of enums) {
    if (!inlineEnums.has(sdkName)) add(nameOf(sdkName), { type: enumType(values), nullable: false, properties: new Map() });
  }
  for (const [sdkName, node] of aliases) {
    const { type, nullable } = typeOf(node);
    add(nameOf(sdkName), { type, nullable, properties: new Map() });
  }
  return { schemas, operations: undefined };
}
