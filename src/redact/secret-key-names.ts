/**
 * Which keys hold secrets: the one list {@link redactEvent} uses, for object keys, for keys found in
 * text that is not JSON (`"key": "value"`, `key=value`, `key: value`) and for query parameters.
 *
 * A key is compared by its words, whatever the casing and separators: `api_key`, `api-key`,
 * `apiKey`, `ApiKey`, `API_KEY`, `api key` and `X-Api-Key` all hold the words `api key`. Words are
 * split at every character other than a letter or a digit, at a change from a lower-case letter
 * to an upper-case one, before the last upper-case letter of an acronym (`APIKey`), and between
 * letters and digits.
 *
 * @example
 * ```ts
 * SECRET_KEY_WORDS.includes('api_key'); // true
 * ```
 */
export const SECRET_KEY_WORDS = [
  // Passwords, in every spelling seen in APIs and environment variables (DB_PASS, MYSQL_PWD).
  'password',
  'passwd',
  'passphrase',
  'passcode',
  'pass',
  'pwd',
  // Generic names for secrets; `token` covers access_token, refresh_token, id_token,
  // session_token, aws_session_token, x-auth-token, registration_token.
  'secret',
  'token',
  'credential',
  // Keys that are secrets by name (api_key also covers x-api-key; secret_key and
  // aws_secret_access_key are covered by `secret`).
  'api_key',
  'private_key',
  'access_key',
  'signing_key',
  'encryption_key',
  // HTTP headers that carry credentials: Authorization, Proxy-Authorization, Cookie, Set-Cookie.
  'authorization',
  'cookie',
  // OAuth and SAML: client_assertion, assertion, code_verifier (PKCE), oauth_verifier; SRP
  // password_verifier is covered by `password`.
  'assertion',
  'verifier',
  // One-time passwords and PINs.
  'otp',
  'pin',
  // Signed URLs (X-Amz-Signature of S3 presigned URLs, webhook signatures) grant access on their own.
  'signature',
] as const;

/**
 * Keys that are secrets only as a whole name: as a word inside a longer key they mean something
 * else (`postal_code`, `auth_flow`, `session_timeout`). `code` is SaaSus's authorization code
 * (`/callback?code=`, GetAuthCredentials) and its verification codes; `session` is the
 * sign-in challenge session of SaaSus's auth API.
 *
 * @example
 * ```ts
 * SECRET_KEY_NAMES.includes('code'); // true
 * ```
 */
export const SECRET_KEY_NAMES = [
  'code',
  'verification_code',
  'confirmation_code',
  'auth_code',
  'mfa_code',
  'recovery_code',
  'backup_code',
  'auth',
  'session',
  'session_id',
  'jwt',
  'bearer',
  'sig',
  'cvv',
  'cvc',
] as const;

/**
 * Words that, right after a secret word, make the key describe the secret rather than hold it:
 * `token_type` (`"Bearer"`), `token_expires_in`, `password_policy`, `temporary_password_validity_days`,
 * `api_key_id`, `aws_access_key_id`, `client_assertion_type`, `otp_enabled`. A secret word anywhere
 * else in the key still makes it secret: `password_reset_token`, `id_token`, `secret_value`.
 *
 * @example
 * ```ts
 * SECRET_KEY_QUALIFIERS.includes('type'); // true: token_type is kept
 * ```
 */
export const SECRET_KEY_QUALIFIERS = [
  'type',
  'types',
  'expiration',
  'expires',
  'expiry',
  'expire',
  'expired',
  'lifetime',
  'ttl',
  'validity',
  'duration',
  'days',
  'hours',
  'minutes',
  'seconds',
  'length',
  'min',
  'max',
  'policy',
  'policies',
  'id',
  'ids',
  'name',
  'names',
  'count',
  'url',
  'uri',
  'endpoint',
  'page',
  'enabled',
  'required',
  'created',
  'updated',
  'changed',
  'reset',
  'version',
  'format',
  'algorithm',
  'method',
  'header',
] as const;

// A secret word this long also counts at the end of a longer word: accesstoken, xapikey, newpassword.
const MIN_GLUED_LENGTH = 5;

/**
 * The words of a key, lower-cased: `X-Api-Key` → `x api key`, `APIKey` → `api key`,
 * `password2` → `password 2`.
 *
 * @example
 * ```ts
 * keyWords('refreshTokenExpiresIn'); // ['refresh', 'token', 'expires', 'in']
 * ```
 */
export function keyWords(key: string): string[] {
  const words: string[] = [];
  let word = '';
  let previous: CharKind = 'other';
  for (let index = 0; index < key.length; index++) {
    const char = key[index]!;
    const kind = charKind(char);
    if (kind === 'other') {
      if (word !== '') words.push(word);
      word = '';
      previous = kind;
      continue;
    }
    const next = index + 1 < key.length ? charKind(key[index + 1]!) : 'other';
    const boundary =
      previous !== 'other' &&
      ((kind === 'upper' && previous === 'lower') ||
        (kind === 'upper' && previous === 'upper' && next === 'lower') ||
        ((kind === 'digit') !== (previous === 'digit')));
    if (boundary) {
      words.push(word);
      word = '';
    }
    word += kind === 'upper' ? char.toLowerCase() : char;
    previous = kind;
  }
  if (word !== '') words.push(word);
  return words;
}

type CharKind = 'lower' | 'upper' | 'digit' | 'other';

function charKind(char: string): CharKind {
  if (char >= 'a' && char <= 'z') return 'lower';
  if (char >= 'A' && char <= 'Z') return 'upper';
  if (char >= '0' && char <= '9') return 'digit';
  return 'other';
}

/**
 * A key written as its words run together: what the lists are compared with.
 *
 * @example
 * ```ts
 * normalizeKey('X-Api-Key'); // 'xapikey'
 * ```
 */
export function normalizeKey(key: string): string {
  return keyWords(key).join('');
}

/**
 * A test of key names: the secret words and names above, plus `extraNames` (compared as whole
 * names, in any casing and separators). Decisions are remembered for the matcher's lifetime, one
 * `redactEvent` call: keys repeat in every item of a list.
 *
 * @example
 * ```ts
 * const isSecret = createSecretKeyMatcher(['ip_address']);
 * isSecret('X-Api-Key'); // true
 * isSecret('ipAddress'); // true
 * isSecret('token_type'); // false
 * ```
 */
export function createSecretKeyMatcher(extraNames: readonly string[] = []): (key: string) => boolean {
  const words = SECRET_KEY_WORDS.map((name) => name.replaceAll('_', ''));
  const names = new Set<string>([...SECRET_KEY_NAMES.map((name) => name.replaceAll('_', '')), ...extraNames.map(normalizeKey)]);
  const qualifiers = new Set<string>(SECRET_KEY_QUALIFIERS);
  const decided = new Map<string, boolean>();

  const decide = (key: string): boolean => {
    const parts = keyWords(key);
    const joined = parts.join('');
    if (joined === '') return false;
    if (names.has(joined) || (joined.endsWith('s') && names.has(joined.slice(0, -1)))) return true;
    const starts = new Set<number>();
    let end = 0;
    for (let index = 0; index < parts.length; index++) {
      starts.add(end);
      end += parts[index]!.length;
      const follower = parts[index + 1];
      if (follower !== undefined && qualifiers.has(follower)) continue;
      if (words.some((word) => endsWithWord(joined, end, word, starts) || endsWithWord(joined, end, `${word}s`, starts))) return true;
    }
    return false;
  };

  return (key) => {
    let secret = decided.get(key);
    if (secret === undefined) {
      secret = decide(key);
      decided.set(key, secret);
    }
    return secret;
  };
}

/** Whether `word` ends at `end` in `joined`, starting at a word start or glued to a longer word. */
function endsWithWord(joined: string, end: number, word: string, starts: ReadonlySet<number>): boolean {
  const start = end - word.length;
  if (start < 0 || !joined.startsWith(word, start)) return false;
  return starts.has(start) || word.length >= MIN_GLUED_LENGTH;
}
