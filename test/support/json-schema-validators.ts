// ajv validators of toJsonSchema's schemas, shared by the JSON Schema tests.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { classifyCall } from '../../src/catalogue/classify.js';
import { isRfc3339DateTime } from '../../src/core/time-format.js';
import { toJsonSchema, type JsonSchema, type JsonSchemaForm, type SaasusEventType } from '../../src/index.js';

// A real 2020-12 validator, strict about unknown keywords (ajv's extra "strictTypes" lint, which
// wants `type` beside every `properties`, is off: `if` conditions are partial on purpose). Its
// code optimizer is off too: it triples the compile time of a schema this large.
export const ajvOptions = {
  strict: true,
  strictTypes: false,
  allErrors: true,
  code: { optimize: false },
  formats: { 'date-time': isRfc3339DateTime },
} as const;

/**
 * Compiles the schema of every event once per form, on first use; one event type's operations
 * are checked through `$defs` of the same compiled schema (test/json-schema.test.ts shows that
 * one event type's schema is made of exactly those definitions).
 */
export function createValidators() {
  const ajv = new Ajv2020(ajvOptions);
  const compiled = new Map<string, ValidateFunction>();

  function eventTypeValidator(form: JsonSchemaForm, eventType: SaasusEventType): ValidateFunction {
    const root = toJsonSchema({ eventType, form });
    const refs = root.$ref === undefined ? (root.anyOf as JsonSchema[]).map((branch) => branch.$ref!) : [root.$ref];
    const operations = refs.map((ref) => ajv.getSchema(`${form}${ref}`)!);
    const validate = ((data: unknown) => {
      validate.errors = null;
      for (const operation of operations) {
        if (operation(data)) return true;
        validate.errors = operation.errors ?? null;
      }
      return false;
    }) as ValidateFunction;
    return validate;
  }

  function validator(options: { readonly eventType?: SaasusEventType; readonly form: JsonSchemaForm }): ValidateFunction {
    const all = `${options.form} *`;
    if (!compiled.has(all)) compiled.set(all, ajv.compile({ ...toJsonSchema({ form: options.form }), $id: options.form }));
    if (options.eventType === undefined) return compiled.get(all)!;
    const key = `${options.form} ${options.eventType}`;
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = eventTypeValidator(options.form, options.eventType);
      compiled.set(key, validate);
    }
    return validate;
  }

  return {
    ajv,
    validator,
    /**
     * Compiles the schema of every event in each form ahead of the tests, for a `beforeAll`. A
     * failure is left to the tests, which compile again and fail: an error in a file's `beforeAll`
     * skips its tests, and Stryker's vitest runner counts a run with no test completed as passed.
     */
    compileAhead(): void {
      for (const form of ['decoded', 'raw'] as const) {
        try {
          validator({ form });
        } catch {
          // Reported by every test that uses this validator.
        }
      }
    },
  };
}

type Json = Record<string, unknown>;

/**
 * The event as the decoded form describes it. For the events compared here (object form, no
 * "" or null bodies) parseEvent returns the same fields but in `detail`: the canonical name of a
 * known operation in `event_type`, and the name as received in `received_event_type`.
 */
export function asDecoded(event: Json): Json {
  const detail = event.detail;
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return event;
  const { event_type: received, event: log } = detail as Json;
  const decoded: Json = { ...(detail as Json), received_event_type: received };
  if (typeof received === 'string' && typeof log === 'object' && log !== null && !Array.isArray(log)) {
    const { request_method: method, uri, http_status: status } = log as Json;
    if (typeof method === 'string' && typeof uri === 'string' && typeof status === 'string') {
      const call = classifyCall(received, method, uri, status);
      if (call.kind === 'known' || call.kind === 'failed') decoded.event_type = call.match.operation.eventTypes[0];
    }
  }
  return { ...event, detail: decoded };
}
