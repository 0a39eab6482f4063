import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPath } from '../errors.js';
import { safeParseEvent } from '../decoder/parse-event.js';

/**
 * One file's result.
 */
export interface FileReport {
  readonly file: string;
  readonly events: number;
  readonly failures: readonly { readonly index: number; readonly eventType?: string; readonly path: string; readonly message: string }[];
}

/**
 * Validates every event in the given files and folders (folders walked for `*.json`).
 */
export async function validatePaths(paths: readonly string[], strict: boolean): Promise<FileReport[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await expand(path)));
  files.sort();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file, strict));
  return reports;
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = (await readdir(path, { recursive: true, withFileTypes: true })) as { name: string; parentPath: string; isFile(): boolean }[];
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => join(entry.parentPath, entry.name));
}

async function validateFile(file: string, strict: boolean): Promise<FileReport> {
  let events: unknown[];
  try {
    const content: unknown = JSON.parse(await readFile(file, 'utf8'));
    events = Array.isArray(content) ? content : [content];
  } catch {
    return { file, events: 0, failures: [{ index: 0, path: '(file)', message: 'cannot be read as JSON' }] };
  }
  const failures: FileReport['failures'][number][] = [];
  events.forEach((event, index) => {
    const result = safeParseEvent(event, { strict });
    if (result.success) return;
    const eventType = eventTypeOf(event);
    for (const issue of result.error.issues) {
      failures.push({ index, ...(eventType === undefined ? {} : { eventType }), path: formatPath(issue.path), message: issue.message });
    }
  });
  return { file, events: events.length, failures };
}

function eventTypeOf(event: unknown): string | undefined {
  const detail = (event as { detail?: { event_type?: unknown } } | null)?.detail;
  return typeof detail?.event_type === 'string' ? detail.event_type : undefined;
}
