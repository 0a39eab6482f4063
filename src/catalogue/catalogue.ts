import { operationTexts, shapeTexts } from '../generated/catalogue.js';
import { createOperationMatcher, type OperationMatch } from './match-operation.js';
import type { OperationEntry } from './operation.js';
import type { Shape } from './shape.js';

interface CatalogueIndex {
  readonly byEventType: ReadonlyMap<string, readonly OperationEntry[]>;
  readonly match: (method: string, uri: string) => OperationMatch | undefined;
}

let operations: readonly OperationEntry[] | undefined;
let index: CatalogueIndex | undefined;
const shapes = new Map<string, Shape>();

/**
 * Every SaaSus API operation, parsed from the generated catalogue on first use.
 */
export function catalogueOperations(): readonly OperationEntry[] {
  return (operations ??= operationTexts.map((text) => JSON.parse(text) as OperationEntry));
}

/**
 * The lookup structures over the generated catalogue, built on first use rather than at import
 * so that a Lambda cold start pays for them only when the first event arrives.
 */
export function catalogueIndex(): CatalogueIndex {
  if (index !== undefined) return index;
  const byEventType = new Map<string, OperationEntry[]>();
  for (const operation of catalogueOperations()) {
    for (const name of operation.eventTypes) {
      const list = byEventType.get(name);
      if (list === undefined) byEventType.set(name, [operation]);
      else list.push(operation);
    }
  }
  index = { byEventType, match: createOperationMatcher(catalogueOperations()) };
  return index;
}

/**
 * Finds a component shape by name, parsing it on first use; a missing name is a bug in the
 * generated catalogue.
 */
export function shapeNamed(name: string): Shape {
  let shape = shapes.get(name);
  if (shape === undefined) {
    const text = Object.hasOwn(shapeTexts, name) ? shapeTexts[name] : undefined;
    if (text === undefined) throw new Error(`catalogue shape "${name}" is missing`);
    shape = JSON.parse(text) as Shape;
    shapes.set(name, shape);
  }
  return shape;
}

/**
 * The names of every component shape in the catalogue.
 */
export function shapeNames(): readonly string[] {
  return Object.keys(shapeTexts);
}

/**
 * Whether an HTTP status string (`'201'`) is a success.
 */
export function isSuccessStatus(status: string): boolean {
  return status.length === 3 && status[0] === '2';
}
