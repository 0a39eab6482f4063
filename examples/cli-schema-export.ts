// docs/cli.md and docs/schemas.md show this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from 'saasus-eventbridge';

// What `saasus-eventbridge schema --event-type create_tenant` prints, from code.
const schema = toJsonSchema({ eventType: 'create_tenant', form: 'decoded' });
writeFileSync('create_tenant.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
