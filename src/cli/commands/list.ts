import { catalogueOperations, isEarlierVersion } from '../../catalogue/catalogue.js';
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
  /** An operation of earlier versions of the specs (removed, or an old path): its events still decode. */
  readonly earlierVersion: boolean;
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
    'Lists the event types the library knows, one per SaaSus API operation, with the alternative spellings of each; operations of earlier versions of the specs (removed since, or moved), whose events still decode, come last. The default list fits an 80-column terminal; --wide prints a table with the API, method and path of each operation (wider than 80 columns); --format json prints every field.',
  options: {
    format: {
      type: 'string',
      valueName: 'format',
      default: 'text',
      choices: { text: 'for people', json: 'an array of objects (eventType, api, operationId, method, path, alternatives, earlierVersion)' },
      description: 'how to print',
    },
    wide: { type: 'boolean', description: 'the text format as one table row per operation, with its method and path' },
  },
  async run({ values }, io) {
    const rows = catalogueOperations().map((operation): Row => {
      const [eventType = operation.operationId, ...alternatives] = operation.eventTypes;
      return {
        eventType,
        api: operation.api,
        operationId: operation.operationId,
        method: operation.method,
        path: operation.pathTemplate,
        alternatives,
        earlierVersion: isEarlierVersion(operation),
      };
    });
    if (values.format === 'json') {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const current = rows.filter((row) => !row.earlierVersion);
    const earlier = rows.filter((row) => row.earlierVersion);
    io.stdout.write(values.wide ? wideTable(current, earlier) : narrowList(current, earlier));
    return 0;
  },
});

/** One aligned table of today's operations, then, under their heading, those of earlier versions. */
function wideTable(currentRows: readonly Row[], earlierRows: readonly Row[]): string {
  const cellsOf = (row: Row) => [row.eventType, row.api, row.method, row.path, row.alternatives.join(', ')];
  const current = currentRows.map(cellsOf);
  const earlier = earlierRows.map(cellsOf);
  const widths = HEADER.map((_, column) => Math.max(...[[...HEADER], ...current, ...earlier].map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  const lines = [line(HEADER), ...current.map(line)];
  if (earlier.length > 0) lines.push('', EARLIER_HEADING, line(HEADER), ...earlier.map(line));
  return `${lines.join('\n')}\n`;
}

const EARLIER_HEADING = 'Earlier versions of the specs (deprecated; their events still decode):';

/**
 * Today's event types under their API's name, alternative spellings beside them or below when too
 * long; then those of earlier versions, under their heading.
 */
function narrowList(current: readonly Row[], earlier: readonly Row[]): string {
  const byApi = new Map<string, Row[]>();
  for (const row of current) {
    const group = byApi.get(row.api);
    if (group === undefined) byApi.set(row.api, [row]);
    else group.push(row);
  }
  const lines = [`${current.length} event types by API ("list --wide" adds each one's method and path)`];
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
  if (earlier.length > 0) {
    lines.push('', EARLIER_HEADING);
    for (const row of earlier) lines.push(`  ${row.eventType} (${row.api})`);
  }
  return `${lines.join('\n')}\n`;
}
