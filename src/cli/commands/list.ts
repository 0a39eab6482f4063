import { catalogueOperations } from '../../catalogue/catalogue.js';
import { defineCommand } from '../command.js';

const HEADER = ['EVENT TYPE', 'API', 'METHOD', 'PATH', 'ALSO SPELLED'] as const;
/** The narrow list fits a terminal of this width. */
const WIDTH = 80;

interface Row {
  readonly eventType: string;
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly alternatives: readonly string[];
}

/**
 * `saasus-eventbridge list`: the catalogue's event types, by API (fits 80 columns), as a wide
 * table with method and path (`--wide`), or as JSON.
 *
 * @example
 * ```ts
 * await main(['list', '--wide']);
 * ```
 */
export const listCommand = defineCommand({
  name: 'list',
  summary: 'list the event types, by API (--wide: with method and path)',
  description:
    'Lists the event types the library knows, one per SaaSus API operation, with the alternative spellings of each. The default list fits an 80-column terminal; --wide prints a table with the API, method and path of each operation (wider than 80 columns); --format json prints every field.',
  options: {
    format: {
      type: 'string',
      valueName: 'format',
      default: 'text',
      choices: { text: 'for people', json: 'an array of objects (eventType, api, operationId, method, path, alternatives)' },
      description: 'how to print',
    },
    wide: { type: 'boolean', description: 'the text format as one table row per operation, with its method and path' },
  },
  async run({ values }, io) {
    const rows = catalogueOperations().map((operation): Row => {
      const [eventType = operation.operationId, ...alternatives] = operation.eventTypes;
      return { eventType, api: operation.api, operationId: operation.operationId, method: operation.method, path: operation.pathTemplate, alternatives };
    });
    if (values.format === 'json') io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else io.stdout.write(values.wide ? wideTable(rows) : narrowList(rows));
    return 0;
  },
});

function wideTable(rows: readonly Row[]): string {
  const table = [[...HEADER], ...rows.map((row) => [row.eventType, row.api, row.method, row.path, row.alternatives.join(', ')])];
  const widths = HEADER.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return `${table.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')}\n`;
}

/** The event types under their API's name; alternative spellings beside them, or below when too long. */
function narrowList(rows: readonly Row[]): string {
  const byApi = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byApi.get(row.api);
    if (group === undefined) byApi.set(row.api, [row]);
    else group.push(row);
  }
  const lines = [`${rows.length} event types by API ("list --wide" adds each one's method and path)`];
  for (const [api, apiRows] of byApi) {
    lines.push('', api);
    for (const row of apiRows) {
      const line = `  ${row.eventType}`;
      const also = row.alternatives.length === 0 ? undefined : `(also ${row.alternatives.join(', ')})`;
      if (also === undefined) lines.push(line);
      else if (line.length + 1 + also.length <= WIDTH) lines.push(`${line} ${also}`);
      else lines.push(line, `    ${also}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
