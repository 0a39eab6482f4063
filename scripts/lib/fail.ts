/**
 * The one error of the generator and the importers: a fact of the specs or of the spec model that
 * they cannot use. The command lines print its message and exit 1; any other error is a bug.
 */
export class SpecError extends Error {
  override name = 'SpecError';
}

/** Throws a {@link SpecError} with `message`. */
export function fail(message: string): never {
  throw new SpecError(message);
}
