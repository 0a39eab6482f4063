/**
 * Synthetic spec histories for the history tests, laid out as `../shared/saasus-openapi/history`
 * is (`sdk-models/` and `docs-specs/`, each with an `index.tsv`). Made up for the tests: no SaaSus
 * text.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder of the named synthetic history (`widgets`). */
export function historyFixture(name: string): string {
  return join(here, name);
}
