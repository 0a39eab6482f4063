/**
 * A UUID (version 4 layout) derived from `text`: the same text always gives the same UUID, and
 * different texts give different UUIDs in practice. Test events get their `log_id`, EventBridge
 * `id` and `trace_id` this way, so two calls built alike are one call (a redelivery), and two that
 * differ in anything are two calls, without randomness that would make test output change between
 * runs. Not a cryptographic hash: never use it for anything secret.
 *
 * @example
 * ```ts
 * contentUuid('create_tenant 2026-05-19T02:22:58Z'); // the same UUID on every run
 * ```
 */
export function contentUuid(text: string): string {
  let hex = '';
  // Four FNV-1a passes with different offsets give 128 bits.
  for (const offset of [0x811c9dc5, 0x050c5d1f, 0x6c62272e, 0x1b873593]) {
    let hash = offset;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
