import { saasusEventPattern } from '../../helpers/event-pattern.js';
import { parseCommandArgs, type Command } from '../command.js';
import { eventTypeArgument } from '../event-type-argument.js';

const USAGE = `Usage: saasus-eventbridge pattern [--event-type <name>]...

Prints the Amazon EventBridge rule event pattern that matches SaaSus events: every event,
or only the named event types (repeat --event-type), each with its alternative spellings.

Options:
  --event-type <name>  match this event type (repeatable)
  -h, --help           show this help`;

/**
 * `saasus-eventbridge pattern`: prints {@link saasusEventPattern}'s pattern.
 *
 * @example
 * ```ts
 * await patternCommand.run(['--event-type', 'create_tenant', '--event-type', 'delete_tenant'], processIo());
 * ```
 */
export const patternCommand: Command = {
  name: 'pattern',
  summary: 'print the EventBridge rule event pattern for SaaSus events',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args: [...args],
      options: { 'event-type': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const named = values['event-type'];
    const pattern = saasusEventPattern(named === undefined ? {} : { eventTypes: named.map(eventTypeArgument) });
    io.stdout.write(`${JSON.stringify(pattern, null, 2)}\n`);
    return 0;
  },
};
