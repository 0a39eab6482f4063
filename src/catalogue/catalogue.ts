import { operations, shapes } from '../generated/catalogue.js';
import { createOperationMatcher, type OperationMatch } from './match-operation.js';
import type { OperationEntry } from './operation.js';
import type { Shape } from './shape.js';

export { operations, shapes };

interface CatalogueIndex {
  readonly byEventType: ReadonlyMap<string, readonly OperationEntry[]>;
  readonly match: (method: string, uri: string) => OperationMatch | undefined;
}

let index: CatalogueIndex | undefined;

/**
 * The lookup structures over the generated catalogue, built on first use rather than at import
 * so that a Lambda cold start pays for them only when the first event arrives.
 */
export function catalogueIndex(): CatalogueIndex {
  if (index !== undefined) return index;
  const byEventType = new Map<string, OperationEntry[]>();
  for (const operation of operations) {
    for (const name of operation.eventTypes) {
      const list = byEventType.get(name);
      if (list === undefined) byEventType.set(name, [operation]);
      else list.push(operation);
    }
  }
  index = { byEventType, match: createOperationMatcher(operations) };
  return index;
}

/**
 * Finds a component shape by name; a missing name is a bug in the generated catalogue.
 */
export function shapeNamed(name: string): Shape {
  const shape = shapes[name];
  if (shape === undefined) throw new Error(`catalogue shape "${name}" is missing`);
  return shape;
}

/**
 * Whether an HTTP status string (`'201'`) is a success.
 */
export function isSuccessStatus(status: string): boolean {
  return status.length === 3 && status[0] === '2';
}
