import { catalogueOperations } from '../../catalogue/catalogue.js';
import { parseCommandArgs, type Command } from '../command.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: saasus-eventbridge list [--format text|json]

Lists the event types the library knows: one line per SaaSus API operation, with its API,
method and path, and the alternative spellings of its event type.

Options:
  --format <format>  text (default): aligned columns; json: an array of objects
  -h, --help         show this help`;

const HEADER = ['EVENT TYPE', 'API', 'METHOD', 'PATH', 'ALSO SPELLED'] as const;

/**
 * `saasus-eventbridge list`: the catalogue's event types with their catalogueOperations().
 *
 * @example
 * ```ts
 * await listCommand.run([], processIo());
 * ```
 */
export const listCommand: Command = {
  name: 'list',
  summary: 'list the event types with their API, method and path',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args: [...args],
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}": use text or json`);
    const rows = catalogueOperations().map((operation) => {
      const [eventType, ...alternatives] = operation.eventTypes;
      return { eventType, api: operation.api, operationId: operation.operationId, method: operation.method, path: operation.pathTemplate, alternatives };
    });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = [[...HEADER], ...rows.map((row) => [row.eventType, row.api, row.method, row.path, row.alternatives.join(', ')])];
    const widths = HEADER.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
    const lines = table.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
