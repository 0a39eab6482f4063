// docs/lambda.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { createEventHandler, parseEvents } from 'saasus-eventbridge';

export const handler = createEventHandler(
  {
    create_tenant: async (event, context) => {
      // A deadline of your own: a hung call fails this record instead of holding the whole batch
      // until Lambda's function timeout.
      const signal = AbortSignal.timeout(Math.max(0, context.getRemainingTimeInMillis() - 2_000));
      await fetch(provisioningUrl, { method: 'POST', body: event.detail.event.response_body.id, signal });
    },
  },
  {
    // Only your own events: through SQS or SNS, anyone allowed to send can hand you one.
    expect: { saasId: process.env.SAASUS_SAAS_ID!, source: process.env.SAASUS_EVENT_SOURCE! },
    // Replaces the default console.error line of each failed record (the records retried).
    onRecordFailure: (error, context, record) => {
      logger.error('SaaSus record failed', { requestId: context.awsRequestId, index: record.index, messageId: record.messageId, error });
    },
  },
);

// Without dispatch: every event of any delivery, each with its own result.
export const countInvalid = (input: unknown) => parseEvents(input).filter((record) => !record.success).length;

// Stand-ins for the reader's own code.
declare const provisioningUrl: string;
declare const logger: { error(message: string, data: object): void };
