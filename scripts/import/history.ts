/**
 * The history of the SaaSus API specs, as a fact-only digest (`spec-model/history.json`): reads
 * a history folder (`../shared/saasus-openapi/history`: `sdk-models/` and `docs-specs/`, each
 * with an `index.tsv`) and computes, per API, since when each schema, property and operation
 * exists, since when it is required or has a body, what is gone and what was ever nullable.
 *
 * The command line is `import-history.ts` (`npm run import:history`).
 */
import { join } from 'node:path';
import { computeDigest, type VersionInput } from './history-digest.js';
import type { HistoryDigest, SourceRecord } from './history-format.js';
import { SOURCE_REPOSITORIES, type SourceName, type SourceVersion, listVersions } from './history-sources.js';
import { readSdkSnapshot } from './sdk-snapshot.js';
import { readSpecSnapshot } from './spec-snapshot.js';

export { EVENTS_BEGAN } from './history-digest.js';

function sourceRecord(source: SourceName, versions: readonly SourceVersion[]): SourceRecord {
  const own = versions.filter((v) => v.source === source).map((v) => v.date).sort();
  const from = own[0];
  const to = own.at(-1);
  if (from === undefined || to === undefined) throw new Error(`the history has no ${source} version`);
  return {
    repository: SOURCE_REPOSITORIES[source],
    holds: source === 'sdk-models' ? 'schemas' : 'schemas and operations',
    from,
    to,
    files: own.length,
  };
}

/** Reads every version in `historyDir` and computes the digest. */
export function computeHistory(historyDir: string): HistoryDigest {
  const byApi = listVersions(historyDir);
  const apis = new Map<string, VersionInput[]>();
  for (const [api, versions] of byApi) {
    apis.set(
      api,
      versions.map((v) => ({
        source: v.source,
        date: v.date,
        commit: v.commit,
        blob: v.blob,
        snapshot:
          v.source === 'sdk-models'
            ? readSdkSnapshot(join(historyDir, v.source, v.file))
            : readSpecSnapshot(join(historyDir, v.source, v.file), api),
      })),
    );
  }
  const all = [...byApi.values()].flat();
  return computeDigest({
    sources: { 'sdk-models': sourceRecord('sdk-models', all), 'docs-specs': sourceRecord('docs-specs', all) },
    apis,
  });
}
