import { toJsonSchema, type JsonSchemaForm } from '../../schemas/json-schema.js';
import { parseCommandArgs, type Command } from '../command.js';
import { eventTypeArgument } from '../event-type-argument.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: saasus-eventbridge schema [--event-type <name>] [--form decoded|raw]

Prints a JSON Schema (draft 2020-12) of SaaSus events.

Options:
  --event-type <name>  only this event type's successful calls (default: every event)
  --form <form>        decoded (default): events as parseEvent returns them
                       raw: events as EventBridge delivers them (detail.event an object or
                       a JSON string; bodies JSON values or JSON strings)
  -h, --help           show this help`;

/**
 * `saasus-eventbridge schema`: prints {@link toJsonSchema}'s schema.
 *
 * @example
 * ```ts
 * await schemaCommand.run(['--event-type', 'create_tenant'], processIo());
 * ```
 */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of SaaSus events, decoded or raw',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args: [...args],
      options: { 'event-type': { type: 'string' }, form: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const form = values.form ?? 'decoded';
    if (form !== 'decoded' && form !== 'raw') throw new UsageError(`unknown form "${form}": use decoded or raw`);
    const eventType = values['event-type'];
    const schema = toJsonSchema({
      form: form satisfies JsonSchemaForm,
      ...(eventType === undefined ? {} : { eventType: eventTypeArgument(eventType) }),
    });
    io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
};
