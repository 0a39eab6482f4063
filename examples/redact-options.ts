// docs/redaction.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { redactEvent } from 'saasus-eventbridge';

const forLogs = redactEvent(event, {
  // Dot paths from the event; `*` is any one key or array index.
  paths: ['detail.event.response_body.users.*.email', 'detail.event.ip_address'],
  // Key names masked wherever they are, in any casing and separators (also ipAddress, IP-Address).
  keys: ['phone_number'],
  mask: '***',
});
console.log(JSON.stringify(forLogs));

// Stand-ins for the reader's own code.
declare const event: unknown;
