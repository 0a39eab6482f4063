/**
 * A small printer of plain data as TypeScript literals, in the style of Prettier: single quotes,
 * 2-space indent, trailing commas, one line when it fits in {@link WIDTH} columns.
 */
import { isIdentifier } from './names.js';

export const WIDTH = 100;

export type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

export function key(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}

function isList(value: Literal): value is readonly Literal[] {
  return Array.isArray(value);
}

/** The value on one line. */
export function oneLine(value: Literal): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isList(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${oneLine(v)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/**
 * The value printed at column `indent`, where `used` columns of the line are already taken
 * before it (and one after it, for a comma).
 */
export function print(value: Literal, indent: number, used: number): string {
  const flat = oneLine(value);
  if (used + flat.length + 1 <= WIDTH || value === null || typeof value !== 'object') return flat;
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (isList(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => `${pad}${print(v, indent + 2, indent + 2)},`);
    return `[\n${items.join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const head = `${pad}${key(k)}: `;
    return `${head}${print(v, indent + 2, head.length)},`;
  });
  return `{\n${lines.join('\n')}\n${end}}`;
}
