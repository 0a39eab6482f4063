// The README shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { parse } from '@aws-lambda-powertools/parser';
import { eventSchema } from 'saasus-eventbridge';

// Powertools' parser takes the Standard Schema of the root entry point: no zod needed.
const event = parse(input, undefined, eventSchema); // SaasusEvent, or a ParseError

// Stand-ins for the reader's own code.
declare const input: unknown;
export { event };
