import middy from '@middy/core';
import { ParseError, parse, parser as parserDecorator } from '@aws-lambda-powertools/parser';
import { EventBridgeEnvelope } from '@aws-lambda-powertools/parser/envelopes/eventbridge';
import { SnsSqsEnvelope } from '@aws-lambda-powertools/parser/envelopes/sns-sqs';
import { SqsEnvelope } from '@aws-lambda-powertools/parser/envelopes/sqs';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/eventbridge';
import type { Context } from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createEventSchema, eventSchema, parseEvent, type SaasusEvent } from '../src/index.js';
import { SaasusEventDetailSchema, SaasusEventSchema, createSaasusEventSchema, getEventSchema } from '../src/zod/index.js';
import { createTestEvent } from '../src/testing/index.js';
import { loadFixture, withLogFields } from './support/fixtures.js';

// The real package, not a stand-in: these prove the exported schemas compose with Powertools for AWS Lambda's parser.
const stringForm = loadFixture('samples/create_tenant.2026.string-form.json');
const objectForm = loadFixture('samples/create_tenant.2023.object-form.json');

function sqsEvent(bodies: string[]) {
  return {
    Records: bodies.map((body, index) => ({
      messageId: `m${index}`,
      receiptHandle: 'handle',
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1700000000000',
        SenderId: 'AIDAEXAMPLE',
        ApproximateFirstReceiveTimestamp: '1700000000001',
      },
      messageAttributes: {},
      md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:saasus',
      awsRegion: 'ap-northeast-1',
    })),
  };
}

describe('with Powertools parser', () => {
  it('parse() without an envelope gives what parseEvent gives', () => {
    const event = parse(stringForm, undefined, SaasusEventSchema);
    expectTypeOf(event).toEqualTypeOf<SaasusEvent>();
    expect(event).toEqual(parseEvent(stringForm));
  });

  it('EventBridgeEnvelope with SaasusEventDetailSchema decodes detail in both forms', () => {
    const fromString = parse(stringForm, EventBridgeEnvelope, SaasusEventDetailSchema);
    const fromObject = parse(objectForm, EventBridgeEnvelope, SaasusEventDetailSchema);
    expect(fromString).toEqual(parseEvent(stringForm).detail);
    expect(fromObject.event.response_body).toMatchObject({ id: 'fe27b501-be9e-424c-9f4a-a199dea81f92' });
  });

  it('EventBridgeSchema.extend with the detail schema keeps the Powertools envelope', () => {
    const Schema = EventBridgeSchema.extend({ detail: SaasusEventDetailSchema });
    const event = Schema.parse(stringForm);
    expect(event['detail-type']).toBe('api_call');
    expect(event.detail.event.request_body).toEqual(parseEvent(stringForm).detail.event.request_body);
  });

  it('SqsEnvelope with SaasusEventSchema parses each record body', () => {
    const events = parse(sqsEvent([JSON.stringify(stringForm), JSON.stringify(objectForm)]), SqsEnvelope, SaasusEventSchema);
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual(parseEvent(stringForm));
  });

  it('SnsSqsEnvelope with SaasusEventSchema unwraps SNS inside SQS', () => {
    const notification = {
      Type: 'Notification',
      MessageId: '4f1b3c1e-9b0b-4d1c-8c3f-2d9e7f6a5b4c',
      TopicArn: 'arn:aws:sns:ap-northeast-1:123456789012:saasus',
      Message: JSON.stringify(stringForm),
      Timestamp: '2026-05-19T02:22:58.000Z',
      SignatureVersion: '1',
      Signature: 'c2lnbmF0dXJl',
      SigningCertURL: 'https://sns.ap-northeast-1.amazonaws.com/cert.pem',
      UnsubscribeURL: 'https://sns.ap-northeast-1.amazonaws.com/unsubscribe',
    };
    const events = parse(sqsEvent([JSON.stringify(notification)]), SnsSqsEnvelope, SaasusEventSchema);
    expect(events[0]!.detail.trace_id).toBe('6aae5af4-7ee4-4de3-bd1d-5ebf13767cbf');
  });

  it('reports invalid events through safeParse with the failing path', () => {
    const invalid = createTestEvent('create_tenant', { log: { http_status: 201 } });
    const result = parse(invalid, undefined, createSaasusEventSchema({ strict: true }), true);
    expect(result.success).toBe(false);
    // Powertools puts the schema's issues in the error's cause.
    const error = result.success ? undefined : (result.error as Error & { cause?: { path: unknown[]; message: string }[] });
    expect(error?.cause?.map((issue) => issue.path)).toEqual([['detail', 'event', 'http_status']]);
    expect(error?.cause?.[0]?.message).toBe('expected string, received number');
  });

  it('works with one event type schema', () => {
    const event = parse(stringForm, undefined, getEventSchema('create_tenant'));
    expectTypeOf(event.detail.event.response_body.id).toEqualTypeOf<string>();
    expect(event.detail.event.response_body.id).toBe('fc84307d-e285-4854-8c16-21a6871a2a13');
  });

  it('works as Middy middleware', async () => {
    const seen: SaasusEvent[] = [];
    const handler = middy()
      .use(parser({ schema: SaasusEventSchema }))
      .handler(async (event: SaasusEvent) => {
        seen.push(event);
      });
    await handler(stringForm as never, {} as Context);
    expect(seen).toEqual([parseEvent(stringForm)]);
    await expect(handler(createTestEvent('create_tenant', { log: { uri: 1 } }) as never, {} as Context)).rejects.toThrow();
  });
});

describe('with Powertools parser and eventSchema, the Standard Schema of the root entry point', () => {
  const secret = 'sk_live_do_not_log_me';
  const invalid = withLogFields(stringForm, { api_key: secret, http_status: 201 });
  type Cause = { message: string; path: unknown[] }[];

  it('parse() gives what parseEvent gives, typed', () => {
    const event = parse(stringForm, undefined, eventSchema);
    expectTypeOf(event).toEqualTypeOf<SaasusEvent>();
    expect(event).toEqual(parseEvent(stringForm));
    expect(parse(objectForm, undefined, eventSchema)).toEqual(parseEvent(objectForm));
  });

  it('parse() throws a ParseError whose cause holds the issues with their paths, never a value', () => {
    let error: unknown;
    try {
      parse(invalid, undefined, eventSchema);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as { cause: Cause }).cause).toEqual([{ message: 'expected string, received number', path: ['detail', 'event', 'http_status'] }]);
    expect(JSON.stringify((error as { cause: Cause }).cause) + String(error)).not.toContain(secret);
  });

  it('parse() with safeParse gives the result instead, and strict mode through createEventSchema', () => {
    const result = parse({ ...stringForm, extra: 1 }, undefined, createEventSchema({ strict: true }), true);
    expect(result.success).toBe(false);
    const cause = result.success ? [] : ((result.error as Error & { cause: Cause }).cause);
    expect(cause.map((issue) => issue.path)).toEqual([['extra']]);
    expect(parse({ ...stringForm, extra: 1 }, undefined, eventSchema, true)).toEqual({ success: true, data: parseEvent({ ...stringForm, extra: 1 }) });
  });

  it('works as Middy middleware', async () => {
    const seen: SaasusEvent[] = [];
    const handler = middy()
      .use(parser({ schema: eventSchema }))
      .handler(async (event: SaasusEvent) => {
        seen.push(event);
      });
    await handler(stringForm as never, {} as Context);
    expect(seen).toEqual([parseEvent(stringForm)]);
    await expect(handler(invalid as never, {} as Context)).rejects.toBeInstanceOf(ParseError);
    expect(seen).toHaveLength(1);
  });

  it('works as a method decorator', async () => {
    class SaasusEventsLambda {
      readonly seen: SaasusEvent[] = [];

      @parserDecorator({ schema: eventSchema })
      public async handler(event: SaasusEvent, _context: Context): Promise<string> {
        this.seen.push(event);
        return event.detail.trace_id;
      }
    }
    const lambda = new SaasusEventsLambda();
    await expect(lambda.handler(stringForm as never, {} as Context)).resolves.toBe('6aae5af4-7ee4-4de3-bd1d-5ebf13767cbf');
    expect(lambda.seen).toEqual([parseEvent(stringForm)]);
    expect(() => lambda.handler(invalid as never, {} as Context)).toThrow(ParseError);
    expect(lambda.seen).toHaveLength(1);
  });

  it('works as a decorator with safeParse', async () => {
    type Parsed = { success: true; data: SaasusEvent } | { success: false; error: Error; originalEvent: unknown };
    class SaasusEventsLambda {
      @parserDecorator({ schema: eventSchema, safeParse: true })
      public async handler(event: Parsed, _context: Context): Promise<Parsed> {
        return event;
      }
    }
    const lambda = new SaasusEventsLambda();
    const failed = await lambda.handler(invalid as never, {} as Context);
    expect(failed.success).toBe(false);
    expect(failed.success ? undefined : failed.originalEvent).toBe(invalid);
  });
});
