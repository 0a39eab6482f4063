import { saasusEventPattern } from '../../rule-pattern/event-pattern.js';
import { defineCommand } from '../command.js';
import { eventTypeArgument } from '../event-type-argument.js';

/**
 * `saasus-eventbridge pattern`: prints {@link saasusEventPattern}'s pattern.
 *
 * @example
 * ```ts
 * await main(['pattern', '--event-type', 'create_tenant', '--event-type', 'delete_tenant']);
 * ```
 */
export const patternCommand = defineCommand({
  name: 'pattern',
  summary: 'print the EventBridge rule event pattern for SaaSus events',
  description:
    'Prints the Amazon EventBridge rule event pattern that matches SaaSus events: every event, or only the named event types (repeat --event-type), each with its alternative spellings.',
  options: {
    'event-type': { type: 'string', multiple: true, valueName: 'name', description: 'match this event type' },
  },
  async run({ values }, io) {
    const named = values['event-type'];
    const pattern = saasusEventPattern(named.length === 0 ? {} : { eventTypes: named.map(eventTypeArgument) });
    io.stdout.write(`${JSON.stringify(pattern, null, 2)}\n`);
    return 0;
  },
});
