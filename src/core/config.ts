/**
 * Library-wide settings (see {@link configure}).
 *
 * @example
 * ```ts
 * const settings: LibraryConfig = { jitless: true };
 * ```
 */
export interface LibraryConfig {
  /**
   * `true`: never generate code with `new Function`. Bodies are validated by closures alone,
   * which gives the same results, somewhat slower on Lambdas that handle many events. For a
   * strict Content Security Policy (no `unsafe-eval`) or an edge runtime that forbids code
   * generation; where the runtime forbids it, the library notices and falls back by itself.
   * Default `false`.
   */
  readonly jitless?: boolean;
}

const settings: { jitless: boolean } = { jitless: false };

/**
 * Changes library-wide settings; fields left out keep their value. Call it once, before the
 * first event is decoded.
 *
 * @example
 * ```ts
 * import { configure } from 'saasus-eventbridge';
 *
 * configure({ jitless: true }); // no `new Function`, ever
 * ```
 */
export function configure(config: LibraryConfig): void {
  if (config.jitless !== undefined) settings.jitless = config.jitless;
}

/**
 * Whether code generation is switched off (see {@link LibraryConfig.jitless}).
 *
 * @example
 * ```ts
 * if (!isJitless()) compile();
 * ```
 */
export function isJitless(): boolean {
  return settings.jitless;
}
