// docs/schemas.md shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { z } from 'zod';
import { SaasusEventSchema } from 'saasus-eventbridge/zod';

const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });

// Its JSON Schema: `event` is the library's schema of the decoded event (the raw one with io: 'input').
const messageJsonSchema = z.toJSONSchema(Message);
const rawMessageJsonSchema = z.toJSONSchema(Message, { io: 'input' });

// Stand-ins for the reader's own code.
export { Message, messageJsonSchema, rawMessageJsonSchema };
