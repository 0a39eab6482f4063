// docs/schemas.md shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import middy from '@middy/core';
import { parse, parser as parserDecorator } from '@aws-lambda-powertools/parser';
import { EventBridgeEnvelope } from '@aws-lambda-powertools/parser/envelopes/eventbridge';
import { SqsEnvelope } from '@aws-lambda-powertools/parser/envelopes/sqs';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { Context } from 'aws-lambda';
import { eventSchema, type SaasusEvent } from 'saasus-eventbridge';
import { SaasusEventDetailSchema, SaasusEventSchema } from 'saasus-eventbridge/zod';

// One event, with the Standard Schema of the root entry point: no zod needed.
const event = parse(input, undefined, eventSchema);

// As Middy middleware.
export const handler = middy()
  .use(parser({ schema: eventSchema }))
  .handler(async (event: SaasusEvent) => {
    console.log(event.detail.event_type);
  });

// As a method decorator (TypeScript's experimentalDecorators).
class SaasusEventsLambda {
  @parserDecorator({ schema: eventSchema })
  public async handler(event: SaasusEvent, _context: Context): Promise<void> {
    console.log(event.detail.trace_id);
  }
}
const lambda = new SaasusEventsLambda();
export const decoratedHandler = lambda.handler.bind(lambda);

// Powertools' envelopes take zod schemas: those of saasus-eventbridge/zod.
const detail = parse(input, EventBridgeEnvelope, SaasusEventDetailSchema);
const events = parse(sqsInput, SqsEnvelope, SaasusEventSchema);

// Stand-ins for the reader's own code.
declare const input: unknown;
declare const sqsInput: unknown;
export { detail, event, events };
