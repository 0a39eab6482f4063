import type { IssueCollector } from '../core/issues.js';
import type { SaasusEvent } from '../envelope/types.js';

/**
 * Where events must come from (see {@link ParseOptions.expect}). Each field is one value or a
 * list of accepted values, compared exactly; a field left out is not checked.
 *
 * @example
 * ```ts
 * const expect: ExpectedOrigin = {
 *   saasId: process.env.SAASUS_SAAS_ID!,
 *   account: '123456789012',
 *   source: ['aws.partner/saasus.io/0f4c2a1e-2c59-4a49-8d1c-6a47f2f1d3c2-1/event'],
 * };
 * ```
 */
export interface ExpectedOrigin {
  /** `detail.event.saas_id`: your SaaS's id, as the SaaSus console shows it. */
  readonly saasId?: string | readonly string[];
  /** The envelope's `account`: the AWS account whose partner event bus received the event. */
  readonly account?: string | readonly string[];
  /** The envelope's `source`: the SaaSus partner event source, `aws.partner/saasus.io/…/event`. */
  readonly source?: string | readonly string[];
}

/** {@link ExpectedOrigin} checked and normalised: each field a non-empty list, or absent. */
export interface CompiledOrigin {
  readonly saasId: readonly string[] | undefined;
  readonly account: readonly string[] | undefined;
  readonly source: readonly string[] | undefined;
}

/**
 * Checks the `expect` option. A mistake there is the caller's, not the event's: a `TypeError`
 * that says which field, thrown before any event is read.
 */
export function compileOrigin(expect: ExpectedOrigin | undefined): CompiledOrigin | undefined {
  if (expect === undefined) return undefined;
  if (typeof expect !== 'object' || expect === null) throw new TypeError('expect must be an object: { saasId?, account?, source? }');
  return { saasId: acceptedValues(expect, 'saasId'), account: acceptedValues(expect, 'account'), source: acceptedValues(expect, 'source') };
}

function acceptedValues(expect: ExpectedOrigin, name: keyof ExpectedOrigin): readonly string[] | undefined {
  const value = expect[name];
  if (value === undefined) {
    // Named but undefined is how a missing environment variable looks: not a field left out.
    if (Object.hasOwn(expect, name)) throw new TypeError(`expect.${name} is undefined (a missing environment variable?): leave the field out not to check it`);
    return undefined;
  }
  const list: readonly unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  // An empty list would reject every event: far more likely a missing environment variable.
  if (list.length === 0 || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new TypeError(`expect.${name} must be a non-empty string or a non-empty list of non-empty strings`);
  }
  return [...(list as readonly string[])];
}

// The value received is never quoted: it may be anyone's, and a log line must not carry it.
export function checkOrigin(event: SaasusEvent, origin: CompiledOrigin, issues: IssueCollector): void {
  checkSaasId(event.detail, origin, issues, 'detail');
  if (origin.account !== undefined && !origin.account.includes(event.account)) {
    issues.add('unexpected_origin', 'account is not one that expect.account accepts', 'account');
  }
  if (origin.source !== undefined && !origin.source.includes(event.source)) {
    issues.add('unexpected_origin', 'source is not one that expect.source accepts', 'source');
  }
}

/**
 * Checks `detail.event.saas_id` against `expect.saasId`; `prefix` is the path to `detail` (none
 * for a schema of `detail` alone).
 */
export function checkSaasId(detail: SaasusEvent['detail'], origin: CompiledOrigin, issues: IssueCollector, ...prefix: string[]): void {
  if (origin.saasId !== undefined && !origin.saasId.includes(detail.event.saas_id)) {
    issues.add('unexpected_origin', 'saas_id is not one that expect.saasId accepts', ...prefix, 'event', 'saas_id');
  }
}
