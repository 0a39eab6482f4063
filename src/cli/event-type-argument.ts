import { catalogueIndex } from '../catalogue/catalogue.js';
import type { SaasusEventType } from '../envelope/types.js';
import { closestName } from './did-you-mean.js';
import { quotedArgument } from './printable.js';
import { UsageError } from './usage-error.js';

/**
 * Checks an `--event-type` value against the catalogue.
 *
 * @throws {UsageError} for a name the catalogue does not know, with the nearest known name.
 *
 * @example
 * ```ts
 * const eventType = eventTypeArgument('create_tenant');
 * ```
 */
export function eventTypeArgument(name: string): SaasusEventType {
  const known = catalogueIndex().byEventType;
  if (!known.has(name)) {
    const hint = closestName(name, [...known.keys()]);
    const didYouMean = hint === undefined ? '' : ` (did you mean "${hint}"?)`;
    throw new UsageError(`unknown event type ${quotedArgument(name)}${didYouMean}: run "saasus-eventbridge list" to see the known ones`);
  }
  return name as SaasusEventType;
}
