/**
 * Type-level checks for the generated type tests (`test/generated/`): cheap enough to run over
 * every event type name and every operation, with messages that say what is wrong.
 */
import type { SaasusOperationKey, SaasusOperations } from '../../src/index.js';

/** Whether `A` and `B` are the same type, not merely assignable to each other (`any` is only `any`). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Fails to compile unless `Check` is `true`; a failed check shows its message. */
export type Expect<Check extends true> = Check;

type IsString<T> = [T] extends [never] ? false : 0 extends 1 & T ? false : [T] extends [string] ? true : false;

interface EventShape {
  readonly detail: {
    readonly event_type: unknown;
    readonly received_event_type: unknown;
    readonly trace_id: unknown;
    readonly event: { readonly uri: unknown; readonly request_body: unknown; readonly response_body: unknown };
  };
}

/**
 * `true` when `Event` is the decoded event of the operations `Key`: not `never`, the canonical
 * name in `event_type`, the received name, `trace_id` and `uri` strings, and the bodies typed as
 * the operations' request and response; otherwise a message naming the first check that fails.
 */
export type EventChecks<Event extends EventShape, Key extends SaasusOperationKey> = [Event] extends [never]
  ? 'the event type is never'
  : [Event['detail']] extends [never]
    ? 'detail is never'
    : Equal<Event['detail']['event_type'], SaasusOperations[Key]['canonicalEventType']> extends false
      ? 'detail.event_type is not the canonical name of the operation'
      : Equal<Event['detail']['received_event_type'], string> extends false
        ? 'detail.received_event_type is not string'
        : Equal<Event['detail']['trace_id'], string> extends false
          ? 'detail.trace_id is not string'
          : IsString<Event['detail']['event']['uri']> extends false
            ? 'detail.event.uri is not a string'
            : Equal<Event['detail']['event']['request_body'], SaasusOperations[Key]['request']> extends false
              ? 'detail.event.request_body is not the request type of the operation'
              : Equal<Event['detail']['event']['response_body'], SaasusOperations[Key]['response']> extends false
                ? 'detail.event.response_body is not the response type of the operation'
                : true;
