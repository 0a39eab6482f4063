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

/**
 * An SQS event as Lambda passes it (the `SQSEvent` of `@types/aws-lambda` is one): what
 * `createEventHandler`'s handler answers with a partial batch response.
 *
 * @example
 * ```ts
 * const input: SqsEventInput = { Records: [{ messageId: 'm1', body: JSON.stringify(event), eventSource: 'aws:sqs' }] };
 * const { batchItemFailures } = await handler(input, context);
 * ```
 */
export interface SqsEventInput {
  /** `eventSource` (`'aws:sqs'`) is how the handler tells an SQS record from anything else. */
  readonly Records: readonly { readonly messageId: string; readonly body: string; readonly eventSource: string }[];
}

/**
 * An SNS event as Lambda passes it (the `SNSEvent` of `@types/aws-lambda` is one).
 *
 * @example
 * ```ts
 * const input: SnsEventInput = {
 *   Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 'm1', Message: JSON.stringify(event) } }],
 * };
 * ```
 */
export interface SnsEventInput {
  readonly Records: readonly { readonly EventSource: string; readonly Sns: unknown }[];
}

/**
 * An EventBridge event as Lambda passes it (the `EventBridgeEvent` of `@types/aws-lambda` is one).
 *
 * @example
 * ```ts
 * const input: EventBridgeEventInput = createTestEvent('create_tenant');
 * ```
 */
export interface EventBridgeEventInput {
  readonly 'detail-type': string;
  readonly detail: unknown;
}
