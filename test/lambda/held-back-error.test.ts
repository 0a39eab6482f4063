import { describe, expect, it } from 'vitest';
import { SaasusRecordHeldBackError } from '../../src/index.js';

describe('SaasusRecordHeldBackError', () => {
  it('is an Error named SaasusRecordHeldBackError that keeps the record that failed', () => {
    const error = new SaasusRecordHeldBackError({ index: 1, messageId: 'm2' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SaasusRecordHeldBackError');
    expect(String(error).startsWith('SaasusRecordHeldBackError: held back:')).toBe(true);
    expect(error.failedRecord).toEqual({ index: 1, messageId: 'm2' });
  });

  it('names the failed record by index and messageId', () => {
    expect(new SaasusRecordHeldBackError({ index: 1, messageId: 'm2' }).message).toBe(
      'held back: record 1 (messageId m2) of this FIFO batch failed before it, so it was not handled, to keep the order',
    );
  });

  it('says messageId none for a record without one', () => {
    expect(new SaasusRecordHeldBackError({ index: 0, messageId: undefined }).message).toBe(
      'held back: record 0 (messageId none) of this FIFO batch failed before it, so it was not handled, to keep the order',
    );
  });
});
