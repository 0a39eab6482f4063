// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { z } from 'zod';
import { SaasusEventSchema } from 'saasus-eventbridge/zod';

const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });

// Stand-ins for the reader's own code.
export { Message };
