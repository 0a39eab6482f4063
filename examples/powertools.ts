// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import middy from '@middy/core';
import { parse } from '@aws-lambda-powertools/parser';
import { EventBridgeEnvelope } from '@aws-lambda-powertools/parser/envelopes/eventbridge';
import { SqsEnvelope } from '@aws-lambda-powertools/parser/envelopes/sqs';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { SaasusEvent } from 'saasus-eventbridge';
import { SaasusEventDetailSchema, SaasusEventSchema } from 'saasus-eventbridge/zod';

// The decoded detail of an EventBridge event, through Powertools' envelope.
const detail = parse(input, EventBridgeEnvelope, SaasusEventDetailSchema);

// Every record of an SQS batch.
const events = parse(sqsInput, SqsEnvelope, SaasusEventSchema);

// As Middy middleware.
export const handler = middy()
  .use(parser({ schema: SaasusEventSchema }))
  .handler(async (event: SaasusEvent) => {
    console.log(event.detail.event_type);
  });

// Stand-ins for the reader's own code.
declare const input: unknown;
declare const sqsInput: unknown;
export { detail, events };
