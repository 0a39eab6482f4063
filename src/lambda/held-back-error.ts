import type { RecordInfo } from './lambda-types.js';

/**
 * The failure of a record of an SQS FIFO batch that was not handled because an earlier record of
 * the same batch failed: handling it would break the order FIFO promises, so it is reported as
 * failed and retried after the record that failed. `createEventHandler` gives it to
 * `onRecordFailure` (and its default log line) like any other failed record.
 *
 * @example
 * ```ts
 * const onRecordFailure = (error: unknown, _context: LambdaContext, record: RecordInfo) => {
 *   if (error instanceof SaasusRecordHeldBackError) {
 *     console.warn(`record ${record.index} waits for record ${error.failedRecord.index}`);
 *   } else {
 *     console.error(`record ${record.index} failed`, error);
 *   }
 * };
 * ```
 */
export class SaasusRecordHeldBackError extends Error {
  override readonly name = 'SaasusRecordHeldBackError';
  /** The earlier record of the batch whose failure held this one back. */
  readonly failedRecord: RecordInfo;

  constructor(failedRecord: RecordInfo) {
    super(
      `held back: record ${failedRecord.index} (messageId ${failedRecord.messageId ?? 'none'}) of this FIFO batch failed before it, so it was not handled, to keep the order`,
    );
    this.failedRecord = failedRecord;
  }
}
