/**
 * Formats an `::error` workflow command with its properties and message escaped.
 *
 * @example
 * ```ts
 * workflowError({ file: 'a,b.json', line: 2 }, '50% done\nnext'); // '::error file=a%2Cb.json,line=2::50%25 done%0Anext\n'
 * ```
 */
export function workflowError(properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const listed = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::error ${listed}::${escapeData(message)}\n`;
}

/**
 * Escapes a workflow command's message: `%`, `\r` and `\n`.
 *
 * @example
 * ```ts
 * escapeData('100%\n'); // '100%25%0A'
 * ```
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * Escapes a workflow command's property value: as {@link escapeData}, and `:` and `,`.
 *
 * @example
 * ```ts
 * escapeProperty('a:b,c'); // 'a%3Ab%2Cc'
 * ```
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
