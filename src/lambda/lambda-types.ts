/**
 * The part of the AWS Lambda context object that this library's handlers pass on. The `Context`
 * of `@types/aws-lambda` is assignable to it, so no AWS type package is needed.
 *
 * @example
 * ```ts
 * const onTenant = (event: SaasusEventOf<'create_tenant'>, context: LambdaContext) =>
 *   console.log(context.awsRequestId, event.detail.trace_id);
 * ```
 */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  /** Milliseconds left before Lambda stops the invocation. */
  getRemainingTimeInMillis(): number;
}

/**
 * The answer to an SQS batch with `ReportBatchItemFailures` on: the messages to retry. Same shape
 * as `SQSBatchResponse` of `@types/aws-lambda`.
 *
 * @example
 * ```ts
 * const response: SqsBatchResponse = { batchItemFailures: [{ itemIdentifier: '059f36b4-87a3-44ab-83d2-661975830a7d' }] };
 * ```
 */
export interface SqsBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * Where an event sat in the Lambda input, given to the fallbacks so that they can say which
 * record they are about.
 *
 * @example
 * ```ts
 * const describe = (record: RecordInfo) => `record ${record.index} (${record.messageId ?? 'no message id'})`;
 * ```
 */
export interface RecordInfo {
  readonly index: number;
  readonly messageId: string | undefined;
}
