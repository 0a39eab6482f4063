/**
 * The reviewer's summary of a history digest (scripts/import/history-report.ts), on the synthetic
 * history in test/support/history-fixtures/widgets.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../../../scripts/import/history-report.js';
import { computeHistory } from '../../../scripts/import/history.js';
import { historyFixture } from '../../support/history-fixtures/index.js';

const text = report(computeHistory(historyFixture('widgets')));

describe('history report', { timeout: 60_000 }, () => {
  it('lists the properties required today that were not required in every version since events began, with why', () => {
    expect(text).toContain('Required today (in schemas the operations reach): 16; would become optional: **2**');
    expect(text).toContain('| `Widget.nickname` | 2024-09-01 | 2024-09-01 | added 2024-09-01 |');
    // Optional in the SDK model in effect when events began, required from the first docs spec.
    expect(text).toContain('| `Widget.phone` | 2022-12-20 | 2024-02-01 | optional from 2022-12-20 |');
    // Optional only in a version superseded before events began: not listed.
    expect(text).not.toContain('Widget.code');
  });

  it('says which bodies were not always there and which operations were removed', () => {
    expect(text).toContain('required today but not always: 1 (UpdateWidget since 2024-09-01)');
    expect(text).toContain('Success bodies not always answered: 1 (DeleteWidget: a body since 2025-06-01)');
    expect(text).toContain('Removed: ReturnInternalServerError (GET /errors/internal-server-error, 2024-02-01 – gone 2025-06-01).');
  });

  it('lists the changes a reader would not expect', () => {
    expect(text).toContain('- shop enum Status: values removed on 2024-09-01: closed (added: archived)');
    expect(text).toContain('- shop Widget.email: became optional on 2025-06-01');
    expect(text).toContain('- shop operation ListWidgets: operationId changed (GetWidgets -> ListWidgets)');
    expect(text).toContain('- shop operation GetOrder: moved (GET /orders/{order_id} -> GET /purchases/{order_id}) on 2025-06-01');
  });
});
