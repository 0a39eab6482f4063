import { classifyEvent } from '../catalogue/classify.js';
import type { OperationEntry } from '../catalogue/operation.js';
import { SaasusEventError } from '../errors.js';
import { unwrapDelivery } from '../delivery/delivery.js';
import { parseDelivery, type ParsedRecord } from '../delivery/parse-events.js';
import type { SaasusOperationKeysByEventType, SaasusOperations } from '../generated/types.js';
import { compileOrigin, type ExpectedOrigin } from '../decoder/expected-origin.js';
import type { ParseOptions } from '../decoder/parse-event.js';
import { SaasusRecordHeldBackError } from './held-back-error.js';
import type {
  SaasusCanonicalEventType,
  SaasusEvent,
  SaasusEventOf,
  SaasusEventType,
  SaasusFailedCallEvent,
  SaasusUnknownEvent,
} from '../envelope/types.js';
import type {
  EventBridgeEventInput,
  LambdaContext,
  RecordInfo,
  SnsEventInput,
  SqsBatchResponse,
  SqsEventInput,
} from './lambda-types.js';

type Awaitable<T> = T | Promise<T>;

/**
 * A function that handles one event type's events: the successful calls of the operation the
 * name belongs to, whichever of its spellings arrived.
 *
 * @example
 * ```ts
 * const onTenantCreated: EventTypeHandler<'create_tenant'> = async (event) => {
 *   await onboard(event.detail.event.response_body.id);
 * };
 * ```
 */
export type EventTypeHandler<EventType extends SaasusEventType> = (
  event: SaasusEventOf<EventType>,
  context: LambdaContext,
) => Awaitable<void>;

/**
 * Handlers by `event_type`. A handler receives every successful call of its operation, whichever
 * spelling the event carried (the canonical name, a listed alternative, or a spelling the
 * library did not list): register it under the canonical name (`create_eventbridge_test_event`)
 * or under any listed spelling (`create_event_bridge_test_event`), once per operation.
 *
 * @example
 * ```ts
 * const handlers: EventHandlers = {
 *   create_tenant: async (event) => onboard(event.detail.event.response_body.id),
 * };
 * ```
 */
export type EventHandlers = { readonly [EventType in SaasusEventType]?: EventTypeHandler<EventType> };

/**
 * Handlers for every operation, under canonical names: `satisfies AllEventHandlers` makes the
 * compiler report each event type that has none ("Property 'delete_tenant' is missing…", or
 * "…is missing the following properties from type 'AllEventHandlers': …" for several).
 *
 * @example
 * ```ts
 * const handlers = { create_tenant: onTenant, ... } satisfies AllEventHandlers;
 * ```
 */
export type AllEventHandlers = { readonly [EventType in SaasusCanonicalEventType]: EventTypeHandler<EventType> };

/**
 * What `createEventHandler` does with events no handler takes.
 *
 * @example
 * ```ts
 * const options: EventHandlerOptions = {
 *   onUnknown: (event) => console.warn('unknown SaaSus event type', event.detail.event_type),
 * };
 * ```
 */
export interface EventHandlerOptions {
  /** Validate in strict mode: drift becomes invalid events. Default `false`. */
  readonly strict?: boolean;
  /**
   * Accept only events from your own SaaS, account and event source (see `ParseOptions.expect`):
   * any other event is invalid and goes to `onInvalid`. Checked when the handler is created: a
   * malformed value throws a `TypeError` at cold start.
   */
  readonly expect?: ExpectedOrigin;
  /** An event whose `event_type` the library does not know. Default: ignored. */
  readonly onUnknown?: (event: SaasusUnknownEvent, context: LambdaContext, record: RecordInfo) => Awaitable<void>;
  /** A failed SaaSus call (`http_status` not 2xx). Default: ignored. */
  readonly onFailedCall?: (event: SaasusFailedCallEvent, context: LambdaContext, record: RecordInfo) => Awaitable<void>;
  /** A known event type without a handler. Default: ignored. */
  readonly onUnhandled?: (event: SaasusEvent, context: LambdaContext, record: RecordInfo) => Awaitable<void>;
  /**
   * An event that does not parse. Default: throws the error, so that Lambda retries and the event
   * ends in the dead-letter queue (in an SQS batch: the record is reported as failed).
   */
  readonly onInvalid?: (error: SaasusEventError, context: LambdaContext, record: RecordInfo) => Awaitable<void>;
  /**
   * A record of a batch that failed (it is retried): every record named in `batchItemFailures`,
   * including the records of a FIFO batch held back after an earlier failure (their error is a
   * {@link SaasusRecordHeldBackError}). Default: one `console.error` line naming the record and the
   * reason: the issues of an invalid event, only the error's name for a handler's error, whose
   * message the library cannot vouch for. Use it to log the full error yourself. If it throws,
   * the default line is written instead; nothing it throws fails the batch.
   */
  readonly onRecordFailure?: (error: unknown, context: LambdaContext, record: RecordInfo) => void;
}

/**
 * The Lambda handler `createEventHandler` returns. It takes an EventBridge event, an SQS batch
 * (answered with the records that failed) or an SNS event. Its overloads make it assignable, under
 * `strict`, to `EventBridgeHandler<'api_call', unknown, void>`, `SQSHandler` and `SNSHandler` of
 * `@types/aws-lambda`, and type what a direct call (in a test) answers.
 *
 * @example
 * ```ts
 * export const handler: SaasusLambdaHandler = createEventHandler({ create_tenant: onTenant });
 * ```
 */
export interface SaasusLambdaHandler {
  /** An SQS batch: answered with the records that failed, for `ReportBatchItemFailures`. */
  (input: SqsEventInput, context: LambdaContext): Promise<SqsBatchResponse>;
  /** An EventBridge or SNS event: answered with nothing; a failure is thrown. */
  (input: EventBridgeEventInput | SnsEventInput, context: LambdaContext): Promise<undefined>;
  /** Anything else Lambda may pass, such as an event as a JSON string. */
  (input: unknown, context: LambdaContext): Promise<SqsBatchResponse | undefined>;
}

type OnlyKnownKeys<Handlers> = { readonly [Key in Exclude<keyof Handlers, SaasusEventType>]: never };

type AlternativeEventType = Exclude<SaasusEventType, SaasusCanonicalEventType>;

type CanonicalOf<EventType extends SaasusEventType> = SaasusOperations[SaasusOperationKeysByEventType[EventType]]['canonicalEventType'];

// Only keys the object has for sure: when inference falls back to the constraint (every handler
// context-sensitive), EventHandlers itself, whose keys are all optional, must pass.
type RequiredKeys<Handlers> = { [Key in keyof Handlers]-?: {} extends Pick<Handlers, Key> ? never : Key }[keyof Handlers];

type SecondNames<Handlers> =
  Extract<RequiredKeys<Handlers>, AlternativeEventType> extends infer Key
    ? Key extends AlternativeEventType
      ? CanonicalOf<Key> extends RequiredKeys<Handlers>
        ? Key
        : never
      : never
    : never;

/** Two names of one operation: the second name's handler would never run. */
type OneNamePerOperation<Handlers> = {
  readonly [Key in SecondNames<Handlers>]: `one handler per operation: ${Key} is another spelling of ${CanonicalOf<Key>}, which has a handler`;
};

/**
 * Builds a Lambda handler that parses SaaSus events and calls the handler of each event's type
 * with the narrowed event and the Lambda context.
 *
 * - EventBridge → Lambda: one event; an error (invalid event by default, or a handler's) is thrown,
 *   so Lambda retries.
 * - EventBridge → SQS → Lambda (optionally through SNS): every record is handled; the answer
 *   lists in `batchItemFailures` exactly the records that did not parse or whose handler threw
 *   (turn on `ReportBatchItemFailures`). On a FIFO queue, records are handled in order and the
 *   first failure fails the records after it, to keep their order.
 * - SNS → Lambda: every record is handled, then the first error is thrown.
 * - Anything else that holds `Records` (no SQS or SNS marker, unreadable): every record is an
 *   invalid event, then the first error is thrown. No input is ever taken for an empty batch.
 *
 * Nothing a handler throws escapes its record: the other records of the batch are handled, and
 * failure logging survives any thrown value (an `Error` whose `name` getter throws, a Proxy, a
 * revoked Proxy). A handler that never settles holds its batch until Lambda's function timeout
 * ends the invocation; the whole batch is then retried.
 *
 * An event goes to the handler of its operation, whichever spelling of the operation's name it
 * carried: the handler under the canonical name, or else the one under a listed spelling. A
 * handler under a name the library does not know does not compile, nor do two handlers under two
 * names of one operation.
 *
 * @example
 * ```ts
 * export const handler = createEventHandler(
 *   {
 *     create_tenant: async (event) => onboard(event.detail.event.response_body.id),
 *     delete_tenant: async (event) => offboard(getOperation(event.detail).pathParams.tenant_id),
 *   },
 *   { onUnknown: (event) => console.warn('unknown SaaSus event type', event.detail.event_type) },
 * );
 * ```
 */
export function createEventHandler<const Handlers extends EventHandlers>(
  handlers: Handlers & OnlyKnownKeys<Handlers> & OneNamePerOperation<Handlers>,
  options: EventHandlerOptions = {},
): SaasusLambdaHandler {
  // A malformed `expect` throws here, at cold start, not on the first event.
  compileOrigin(options.expect);
  const parseOptions: ParseOptions = options.expect === undefined ? { strict: options.strict === true } : { strict: options.strict === true, expect: options.expect };
  return (async (input: unknown, context: LambdaContext): Promise<SqsBatchResponse | undefined> => {
    const delivery = unwrapDelivery(input);
    const records = parseDelivery(delivery, parseOptions);

    if (delivery.kind === 'eventbridge') {
      await handleRecord(records[0]!, handlers, options, context);
      return undefined;
    }

    const failures: { record: ParsedRecord; error: unknown }[] = [];
    let firstFailure: RecordInfo | undefined;
    for (const record of records) {
      const info: RecordInfo = { index: record.index, messageId: record.messageId };
      let error: unknown;
      if (delivery.fifo && firstFailure !== undefined) {
        error = new SaasusRecordHeldBackError(firstFailure);
      } else {
        try {
          await handleRecord(record, handlers, options, context);
          continue;
        } catch (caught) {
          error = caught;
          firstFailure ??= info;
        }
      }
      failures.push({ record, error });
      reportRecordFailure(options.onRecordFailure, error, context, info);
    }

    if (delivery.kind === 'sqs') {
      const batchItemFailures = failures.map(({ record }) => ({ itemIdentifier: record.messageId ?? String(record.index) }));
      return { batchItemFailures };
    }
    if (failures.length > 0) throw failures[0]!.error;
    return undefined;
  }) as SaasusLambdaHandler;
}

/** Gives a failed record to `onRecordFailure` (or the default log line); never throws. */
function reportRecordFailure(onRecordFailure: EventHandlerOptions['onRecordFailure'], error: unknown, context: LambdaContext, record: RecordInfo): void {
  if (onRecordFailure !== undefined) {
    try {
      onRecordFailure(error, context, record);
      return;
    } catch {
      // Its own failure must not fail the batch: the default line still says what happened.
    }
  }
  try {
    logRecordFailure(error, context, record);
  } catch {
    // console.error itself failed (a closed stream): there is nowhere left to say it.
  }
}

function logRecordFailure(error: unknown, _context: LambdaContext, record: RecordInfo): void {
  console.error(`saasus-eventbridge: record ${record.index} (messageId ${record.messageId ?? 'none'}) failed: ${describeFailure(error)}`);
}

/**
 * What the log line says about a failure: the issues of an invalid event, the reason a record
 * was held back, or only the name of a handler's error (its message may hold anything). Reads
 * the thrown value defensively: a getter or Proxy trap may throw, and then says so.
 */
function describeFailure(error: unknown): string {
  try {
    if (error instanceof SaasusEventError) return error.message;
    if (error instanceof SaasusRecordHeldBackError) return error.message;
  } catch {
    return 'the handler threw a value that cannot be inspected';
  }
  let name: unknown;
  try {
    name = error instanceof Error ? error.name : undefined;
  } catch {
    return 'the handler threw a value whose name cannot be read';
  }
  if (typeof name === 'string') return `the handler threw ${printableName(name)}`;
  return `the handler threw ${error === null ? 'null' : typeof error}`;
}

/** An error name fit for one log line: a handler's error may name itself anything. */
function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean === '' ? 'an Error without a name' : clean;
}

async function handleRecord(
  record: ParsedRecord,
  handlers: EventHandlers,
  options: EventHandlerOptions,
  context: LambdaContext,
): Promise<void> {
  const info: RecordInfo = { index: record.index, messageId: record.messageId };
  if (!record.success) {
    if (options.onInvalid === undefined) throw record.error;
    await options.onInvalid(record.error, context, info);
    return;
  }
  const event = record.data;
  const call = classifyEvent(event);
  if (call.kind === 'failed') {
    await options.onFailedCall?.(event as SaasusFailedCallEvent, context, info);
    return;
  }
  if (call.kind !== 'known') {
    await options.onUnknown?.(event as SaasusUnknownEvent, context, info);
    return;
  }
  const handler = handlerOf(handlers, call.match.operation);
  if (handler === undefined) {
    await options.onUnhandled?.(event, context, info);
    return;
  }
  await handler(event, context);
}

/** The handler of an operation: under its canonical name, or else under a listed spelling. */
function handlerOf(handlers: EventHandlers, operation: OperationEntry): ((event: SaasusEvent, context: LambdaContext) => Awaitable<void>) | undefined {
  for (const name of operation.eventTypes) {
    const handler = handlers[name as SaasusEventType] as ((event: SaasusEvent, context: LambdaContext) => Awaitable<void>) | undefined;
    if (handler !== undefined) return handler;
  }
  return undefined;
}
