/**
 * The versions in a SaaSus spec-history folder (`../shared/saasus-openapi/history`): which file
 * holds which API's version of which day, from its two sources. Only file names, dates, commits
 * and blobs are read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/fail.js';

/** The two records of the specs' history, oldest first. */
export type SourceName = 'sdk-models' | 'docs-specs';

/** One version of one API's spec, as its source's `index.tsv` lists it. */
export interface SourceVersion {
  readonly source: SourceName;
  /** The API as the current specs name it (`auth`, `apigateway`, …). */
  readonly api: string;
  /** `YYYY-MM-DD`: the day the version appeared in its source. */
  readonly date: string;
  /** File name inside the source's folder. */
  readonly file: string;
  /** The source repository's commit and the file's blob id. */
  readonly commit: string;
  readonly blob: string;
}

/** Where each source comes from: public repositories, named as facts for the digest's header. */
export const SOURCE_REPOSITORIES: Readonly<Record<SourceName, string>> = {
  'sdk-models': 'saasus-platform/saasus-sdk-javascript',
  'docs-specs': 'Anti-Pattern-Inc/saasus-platform-document',
};

/**
 * The API of a docs spec file (`authapi.2024-01-25.f4ace326.yml` -> `auth`): the spec's base
 * name without its `api` suffix (`integration.yml` has none).
 */
export function docsSpecApi(file: string): string {
  const base = file.split('.')[0] ?? '';
  const api = base.endsWith('api') ? base.slice(0, -'api'.length) : base;
  if (!/^[a-z]+$/.test(api)) fail(`docs-specs: cannot tell the API of ${file}`);
  return api;
}

/**
 * The API of an SDK model file (`AwsMarketplace.2023-06-26.eae07a9e.ts` -> `awsmarketplace`):
 * the SDK's folder name (`src/generated/<Api>/api.ts`), lower-cased.
 */
export function sdkModelApi(file: string): string {
  const base = file.split('.')[0] ?? '';
  if (!/^[A-Za-z]+$/.test(base)) fail(`sdk-models: cannot tell the API of ${file}`);
  return base.toLowerCase();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `<historyDir>/<source>/index.tsv`: file, path, date, commit, blob per line. */
export function readSourceIndex(historyDir: string, source: SourceName): SourceVersion[] {
  const file = join(historyDir, source, 'index.tsv');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const versions: SourceVersion[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const [name, , date, commit, blob] = cells;
    if (cells.length !== 5 || name === undefined || date === undefined || commit === undefined || blob === undefined) {
      fail(`${file}:${i + 1}: expected file, path, date, commit, blob`);
    }
    if (!DATE.test(date)) fail(`${file}:${i + 1}: bad date`);
    const api = source === 'docs-specs' ? docsSpecApi(name) : sdkModelApi(name);
    versions.push({ source, api, date, file: name, commit, blob });
  });
  return versions;
}

/**
 * Every version of every API, grouped by API (sorted by name), each API's versions oldest first:
 * SDK models before docs specs, by date, and in index order within a day.
 */
export function listVersions(historyDir: string): Map<string, SourceVersion[]> {
  const all = [...readSourceIndex(historyDir, 'sdk-models'), ...readSourceIndex(historyDir, 'docs-specs')];
  const order = new Map(all.map((v, i) => [v, i]));
  const rank = (v: SourceVersion): number => (v.source === 'sdk-models' ? 0 : 1);
  const byApi = new Map<string, SourceVersion[]>();
  for (const v of all) byApi.set(v.api, [...(byApi.get(v.api) ?? []), v]);
  const sorted = new Map<string, SourceVersion[]>();
  for (const api of [...byApi.keys()].sort()) {
    const list = (byApi.get(api) ?? []).sort(
      (a, b) => rank(a) - rank(b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as SourceVersion;
      const cur = list[i] as SourceVersion;
      if (cur.date < prev.date) fail(`${api}: ${cur.source} ${cur.file} is older than ${prev.source} ${prev.file}`);
    }
    sorted.set(api, list);
  }
  return sorted;
}
