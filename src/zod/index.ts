/**
 * The zod 4 schemas of SaaSus events: `parseEvent` as a schema, each event type's schema, the
 * EventBridge envelope and the building blocks, to compose with your own zod schemas and with
 * zod-based tools such as Powertools for AWS Lambda's parser.
 *
 * A separate entry point so that the root entry point loads no zod: only code that imports
 * `saasus-eventbridge/zod` needs zod installed (an optional peer dependency, `^4.5.0`), and the
 * schemas are built by that zod, the application's own.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { SaasusEventSchema } from 'saasus-eventbridge/zod';
 *
 * const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });
 * ```
 *
 * @module
 */
export { EventBridgeEnvelopeSchema, DateTimeSchema } from './envelope.js';
export { apiCallLogSchema } from './api-call-log.js';
export { jsonBody, jsonOrValue } from './json-string.js';
export { SaasusEventSchema, createSaasusEventSchema, getEventSchema } from './event.js';
export { SaasusEventDetailSchema, createSaasusEventDetailSchema } from './detail.js';
export type { DetailSchemaOptions } from './detail.js';
