/**
 * The text of a committed JSON data file (spec-model/), made for reviewable diffs: a value on one
 * line when it fits, else one member per line.
 */

const WIDTH = 120;

function print(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + print(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * The JSON text of `value`, keys in their order: a value on one line when it fits in 120 columns
 * after its indent, else one member per line; a final newline.
 */
export function printJson(value: unknown): string {
  return `${print(value, '')}\n`;
}
