import { z } from 'zod';

/**
 * How a competitor decodes a field that holds a JSON string: a zod schema for that string.
 *
 * @example
 * ```ts
 * const jsonString: JsonStringHelper = (schema) => z.string().transform((text): unknown => JSON.parse(text)).pipe(schema);
 * ```
 */
export type JsonStringHelper = (schema: z.ZodType) => z.ZodType;

const attributes = z.record(z.string(), z.unknown());

const planHistory = z.looseObject({
  plan_id: z.string(),
  plan_applied_at: z.int(),
  tax_rate_id: z.string().optional(),
  proration_behavior: z.string().optional(),
  delete_usage: z.boolean().optional(),
});

const tenantProps = z.looseObject({
  name: z.string(),
  attributes,
  back_office_staff_email: z.string(),
});

const tenant = tenantProps.extend({
  id: z.string(),
  plan_histories: z.array(planHistory),
});

const createSaasUserParam = z.looseObject({
  email: z.string().optional(),
  sign_in_id: z.string().optional(),
  password: z.string().optional(),
});

const createdSaasUser = z.looseObject({
  id: z.string(),
  email: z.string(),
  sign_in_id: z.string().optional(),
  attributes: attributes.optional(),
});

const apiGatewayInputFile = z.looseObject({ content: z.string() });

const emptyBody = z.literal('');

/**
 * The `detail` of the three published SaaSus event types plus `upload_generation_files` (the
 * large-body event of the benchmark), written the way a user of zod would: a discriminated
 * union on `event_type`, with `detail.event` and the bodies accepted either as JSON strings
 * (decoded by `jsonString`) or as values, so that one schema reads both published forms as
 * `parseEvent` does. Bodies are checked on their required fields, like the catalogue does.
 *
 * @example
 * ```ts
 * const detail = saasusDetailSchema((schema) => z.string().transform((text) => JSON.parse(text)).pipe(schema));
 * ```
 */
export function saasusDetailSchema(jsonString: JsonStringHelper) {
  const stringOrValue = (schema: z.ZodType) => z.union([jsonString(schema), schema]);
  const apiCallLog = (requestBody: z.ZodType, responseBody: z.ZodType) =>
    stringOrValue(
      z.looseObject({
        log_id: z.string(),
        date_time: z.string(),
        date: z.string(),
        ttl: z.string(),
        http_status: z.string(),
        uri: z.string(),
        ip_address: z.string(),
        referer: z.string(),
        request_method: z.string(),
        saas_id: z.string(),
        api_key: z.string(),
        request_body: requestBody,
        response_body: responseBody,
      }),
    );
  const detail = (eventType: string, requestBody: z.ZodType, responseBody: z.ZodType) =>
    z.looseObject({
      event_type: z.literal(eventType),
      trace_id: z.string(),
      event: apiCallLog(requestBody, responseBody),
    });

  return z.discriminatedUnion('event_type', [
    detail('create_tenant', stringOrValue(tenantProps), stringOrValue(tenant)),
    detail('create_saas_user', stringOrValue(createSaasUserParam), stringOrValue(createdSaasUser)),
    detail('create_eventbridge_test_event', emptyBody, emptyBody),
    detail('upload_generation_files', stringOrValue(apiGatewayInputFile), emptyBody),
  ]);
}
