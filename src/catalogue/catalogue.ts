import { currentOperationCount, operationTexts, shapeTexts } from '../generated/catalogue.js';
import { createOperationMatcher, type OperationMatch } from './match-operation.js';
import type { OperationEntry } from './operation.js';
import type { Shape } from './shape.js';

interface CatalogueIndex {
  /** Operations by each `event_type` spelling the catalogue lists. */
  readonly byEventType: ReadonlyMap<string, readonly OperationEntry[]>;
  /** Operations by the spelling-free form of their name (see `eventTypeKey`). */
  readonly byEventTypeKey: ReadonlyMap<string, readonly OperationEntry[]>;
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
 * Whether an operation of the catalogue is one of earlier versions of the specs (removed since,
 * or an old path of a moved operation) rather than one of today's specs.
 */
export function isEarlierVersion(operation: OperationEntry): boolean {
  return catalogueOperations().indexOf(operation) >= currentOperationCount;
}

/**
 * The lookup structures over the generated catalogue, built on first use rather than at import
 * so that a Lambda cold start pays for them only when the first event arrives.
 */
export function catalogueIndex(): CatalogueIndex {
  if (index !== undefined) return index;
  const byEventType = new Map<string, OperationEntry[]>();
  const byEventTypeKey = new Map<string, OperationEntry[]>();
  for (const operation of catalogueOperations()) {
    for (const name of operation.eventTypes) addTo(byEventType, name, operation);
    addTo(byEventTypeKey, eventTypeKey(operation.operationId), operation);
  }
  index = { byEventType, byEventTypeKey, match: createOperationMatcher(catalogueOperations()) };
  return index;
}

function addTo(map: Map<string, OperationEntry[]>, key: string, operation: OperationEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [operation]);
  else list.push(operation);
}

/**
 * The spelling-free form of an operation's name: underscores dropped, lower case. An `event_type`
 * names an operation when its key equals the key of the operationId (`create_api_gateway`,
 * `create_apigateway` and `CreateApiGateway` all give `createapigateway`): SaaSus has published
 * only three `event_type` values, so where a compound word is split is a guess, and the
 * operation, found by `request_method` and `uri`, decides instead.
 */
export function eventTypeKey(name: string): string {
  return name.replaceAll('_', '').toLowerCase();
}

/**
 * Whether `eventType` names `operation`: one of its listed spellings, or any other spelling with
 * the same {@link eventTypeKey}.
 */
export function namesOperation(eventType: string, operation: OperationEntry): boolean {
  return operation.eventTypes.includes(eventType) || eventTypeKey(eventType) === eventTypeKey(operation.operationId);
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
