// docs/lambda.md shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import type { EventBridgeHandler, SNSHandler, SQSHandler } from 'aws-lambda';
import { createEventHandler } from 'saasus-eventbridge';

const handler = createEventHandler({
  create_tenant: async (event) => onboardTenant(event.detail.event.response_body.id),
});

// One handler fits each Lambda handler type of @types/aws-lambda, under `strict`.
export const fromEventBridge: EventBridgeHandler<'api_call', unknown, void> = handler;
export const fromSqs: SQSHandler = handler;
export const fromSns: SNSHandler = handler;

// Stand-ins for the reader's own code.
declare function onboardTenant(id: string): Promise<void>;
