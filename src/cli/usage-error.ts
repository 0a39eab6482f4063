/**
 * A mistake in the command line itself (unknown command or option, missing argument, unknown
 * event type): reported with the usage text, exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('validate needs at least one path');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
