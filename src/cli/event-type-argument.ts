import { catalogueIndex } from '../catalogue/catalogue.js';
import type { SaasusEventType } from '../types.js';
import { UsageError } from './usage-error.js';

/**
 * Checks an `--event-type` value against the catalogue.
 *
 * @throws {UsageError} for a name the catalogue does not know.
 *
 * @example
 * ```ts
 * const eventType = eventTypeArgument('create_tenant');
 * ```
 */
export function eventTypeArgument(name: string): SaasusEventType {
  if (!catalogueIndex().byEventType.has(name)) {
    throw new UsageError(`unknown event type "${name}": run "saasus-eventbridge list" to see the known ones`);
  }
  return name as SaasusEventType;
}
