import type { LambdaContext } from '../../src/index.js';

/** A Lambda invocation context for handler tests. */
export const lambdaContext: LambdaContext = {
  functionName: 'saasus-consumer',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-northeast-1:123456789012:function:saasus-consumer',
  memoryLimitInMB: '256',
  awsRequestId: 'request-1',
  logGroupName: '/aws/lambda/saasus-consumer',
  logStreamName: 'stream',
  getRemainingTimeInMillis: () => 30_000,
};
