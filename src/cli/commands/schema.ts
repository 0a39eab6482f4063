import { toJsonSchema } from '../../json-schema/json-schema.js';
import { defineCommand } from '../command.js';
import { eventTypeArgument } from '../event-type-argument.js';

/**
 * `saasus-eventbridge schema`: prints {@link toJsonSchema}'s schema.
 *
 * @example
 * ```ts
 * await main(['schema', '--event-type', 'create_tenant']);
 * ```
 */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'print the JSON Schema of SaaSus events, decoded or raw',
  description: 'Prints a JSON Schema (draft 2020-12) of SaaSus events.',
  options: {
    'event-type': { type: 'string', valueName: 'name', description: "only this event type's successful calls (default: every event)" },
    form: {
      type: 'string',
      valueName: 'form',
      default: 'decoded',
      choices: {
        decoded: 'events as parseEvent returns them',
        raw: 'events as EventBridge delivers them (detail.event an object or a JSON string; bodies JSON values or JSON strings)',
      },
      description: 'which events the schema describes',
    },
  },
  async run({ values }, io) {
    const eventType = values['event-type'];
    const schema = toJsonSchema({ form: values.form, ...(eventType === undefined ? {} : { eventType: eventTypeArgument(eventType) }) });
    io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
});
