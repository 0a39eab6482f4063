// docs/parsing.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { readFileSync } from 'node:fs';
import { getTraceId, isOperation, safeParseEvent } from 'saasus-eventbridge';

export const handler = async (input: unknown) => {
  const result = safeParseEvent(input);
  if (!result.success) {
    // Issues hold paths and types, never a field's value: safe to log as they are.
    console.error('invalid SaaSus event', { traceId: getTraceId(input), issues: result.error.issues });
    throw result.error;
  }
  const event = result.data;
  // event_type is the operation's canonical name; received_event_type the name as SaaSus sent it.
  if (event.detail.received_event_type !== event.detail.event_type) {
    console.info('SaaSus used another spelling', event.detail.received_event_type);
  }
  // update_tenant belongs to two APIs: the operation key tells them apart.
  if (isOperation(event, 'auth.UpdateTenant')) await renameTenant(event.detail.event.request_body?.name);
};

// In CI: strict mode turns drift (new fields, names, enum values) into issues.
export function checkCapturedEvents(files: readonly string[]): void {
  for (const file of files) {
    const result = safeParseEvent(readFileSync(file, 'utf8'), { strict: true });
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  }
}

// Stand-ins for the reader's own code.
declare function renameTenant(name: string | undefined): Promise<void>;
