// The README and docs/redaction.md show this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { redactEvent, safeParseEvent } from 'saasus-eventbridge';

export const handler = async (input: unknown) => {
  const result = safeParseEvent(input);
  if (!result.success) {
    // The raw input, with api_key, passwords, tokens and the named fields masked, even inside JSON strings and JSON that does not parse.
    console.error('invalid SaaSus event', result.error.message, JSON.stringify(redactEvent(input, { paths: ['detail.event.request_body.email'] })));
    throw result.error;
  }
  console.log(JSON.stringify(redactEvent(result.data)));
};
