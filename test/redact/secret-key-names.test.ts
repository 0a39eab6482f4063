// Which keys redactEvent masks: every listed name, in every casing and separator, as an object key,
// as a key in broken JSON text and as a query parameter; and the fields it must keep readable.
import { describe, expect, it } from 'vitest';
import { redactEvent } from '../../src/index.js';
import {
  SECRET_KEY_NAMES,
  SECRET_KEY_QUALIFIERS,
  SECRET_KEY_WORDS,
  createSecretKeyMatcher,
  keyWords,
} from '../../src/redact/secret-key-names.js';
import { KEY_STYLES, spell } from '../support/secret-events.js';

const SECRET = 's3cr3tZx8Cv7Bn6Mm5Ll4Kk3';
const words = (name: string) => name.split('_');

/** Every spelling of a name: each style, and words run together only where they can be recognised. */
function spellings(name: string): string[] {
  return KEY_STYLES.map((style) => spell(words(name), style));
}

/** Masked as an object key, as a key in broken JSON, in doubly-encoded JSON, and as a query parameter. */
function expectMasked(key: string): void {
  const redacted = redactEvent({
    [key]: SECRET,
    text: `{"n":1,${JSON.stringify(key)}:"${SECRET}"`,
    twice: JSON.stringify(`{"n":1,${JSON.stringify(key)}:"${SECRET}"`),
    uri: `/v1/x?n=1&${encodeURIComponent(key)}=${SECRET}&m=2`,
  });
  expect(JSON.stringify(redacted), key).not.toContain(SECRET);
  expect(redacted[key], key).toBe('[REDACTED]');
}

function expectKept(key: string): void {
  const redacted = redactEvent({ [key]: 'visible', text: `{${JSON.stringify(key)}:"visible"`, uri: `/v1/x?${encodeURIComponent(key)}=visible` });
  expect(redacted, key).toEqual({ [key]: 'visible', text: `{${JSON.stringify(key)}:"visible"`, uri: `/v1/x?${encodeURIComponent(key)}=visible` });
}

describe('secret key words', () => {
  it.each(SECRET_KEY_WORDS.map((name) => [name]))('%s is masked in every casing and separator, alone, after other words and before others', (name) => {
    for (const spelling of spellings(name)) expectMasked(spelling);
    for (const style of KEY_STYLES.filter((style) => style !== 'flat')) {
      expectMasked(spell(['x', ...words(name)], style));
      expectMasked(spell(['new', ...words(name), 'value'], style));
      expectMasked(spell([...words(name), '2'], style));
    }
    expectMasked(`${words(name).join('')}s`);
  });

  it.each(SECRET_KEY_WORDS.filter((name) => name.replaceAll('_', '').length >= 5).map((name) => [name]))(
    '%s is masked at the end of a word it is glued to',
    (name) => {
      expectMasked(`x${words(name).join('')}`);
      expectMasked(`NEW${words(name).join('').toUpperCase()}`);
    },
  );

  it.each(SECRET_KEY_WORDS.map((name) => [name]))('%s followed by a word that describes it is kept (as in token_type, password_policy)', (name) => {
    for (const qualifier of SECRET_KEY_QUALIFIERS) {
      for (const style of ['snake', 'camel', 'upper-kebab'] as const) expectKept(spell([...words(name), qualifier], style));
    }
  });
});

describe('secret key names', () => {
  it.each(SECRET_KEY_NAMES.map((name) => [name]))('%s is masked in every casing and separator', (name) => {
    for (const spelling of spellings(name)) expectMasked(spelling);
  });

  it('are secrets only as a whole name', () => {
    const isSecret = createSecretKeyMatcher();
    for (const key of ['postal_code', 'product_code', 'codeName', 'auth_flow', 'session_timeout', 'sigma', 'signal', 'jwt_algorithm', 'bearer_format']) {
      expect(isSecret(key), key).toBe(false);
    }
  });
});

describe('the spellings issue 14 found in clear', () => {
  it.each(['X-Api-Key', 'x-api-key', 'api-key', 'api key', 'X_API_KEY', 'xApiKey', 'XAPIKey', 'apikey', 'APIKEY'])('%s', (key) => expectMasked(key));

  it('the names APIs give their secrets', () => {
    const names = [
      'Authorization',
      'Proxy-Authorization',
      'Cookie',
      'Set-Cookie',
      'x-api-key',
      'X-Auth-Token',
      'access_token',
      'refresh_token',
      'id_token',
      'client_secret',
      'code_verifier',
      'assertion',
      'client_assertion',
      'aws_secret_access_key',
      'aws_session_token',
      'AWS_SECRET_ACCESS_KEY',
      'SecretAccessKey',
      'SessionToken',
      'secret_access_key',
      'session_token',
      'X-Amz-Security-Token',
      'X-Amz-Signature',
      'password',
      'passwd',
      'passphrase',
      'secret',
      'token',
      'credential',
      'credentials',
      'private_key',
      'api_key',
      'apikey',
      'otp',
      'pin',
      'DB_PASS',
      'MYSQL_PWD',
      // SaaSus's own: apigateway ApiKey, auth sign-in, MFA, reCAPTCHA, SRP device registration.
      'application_secret',
      'secret_code',
      'secret_key',
      'registration_token',
      'verification_code',
      'password_verifier',
      'session',
      'code',
      'api_keys',
    ];
    for (const name of names) expectMasked(name);
  });

  it('fields that describe a secret, and fields that only share letters with one, stay readable', () => {
    const kept = [
      'token_type',
      'expires_in',
      'refresh_token_expires_in',
      'password_policy',
      'temporary_password_validity_days',
      'password_reset_page',
      'api_key_id',
      'aws_access_key_id',
      'AccessKeyId',
      'private_key_id',
      'client_assertion_type',
      'otp_enabled',
      'signature_version',
      'authorization_endpoint',
      'cookie_name',
      'site_key',
      'device_key',
      'header_key',
      'key',
      'api',
      'private',
      'keyword',
      'bypass',
      'compass',
      'passenger',
      'passport',
      'spin',
      'shipping',
      'tokenizer',
      'secretary',
      'postal_code',
      'sign_in_id',
      'ip_address',
    ];
    for (const key of kept) expectKept(key);
  });
});

describe('keyWords', () => {
  it('splits at separators, case changes, acronyms and digits', () => {
    expect(keyWords('X-Api-Key')).toEqual(['x', 'api', 'key']);
    expect(keyWords('XAPIKey')).toEqual(['xapi', 'key']);
    expect(keyWords('APIKey')).toEqual(['api', 'key']);
    expect(keyWords('refreshTokenExpiresIn')).toEqual(['refresh', 'token', 'expires', 'in']);
    expect(keyWords('password2')).toEqual(['password', '2']);
    expect(keyWords('oauth2Token')).toEqual(['oauth', '2', 'token']);
    expect(keyWords('api key')).toEqual(['api', 'key']);
    expect(keyWords('__proto__')).toEqual(['proto']);
    expect(keyWords('')).toEqual([]);
  });
});

describe('keys you name', () => {
  it('are masked in any casing and separator, as whole names', () => {
    const redacted = redactEvent(
      { ip_address: '127.0.0.1:1', ipAddress: '127.0.0.1:2', 'IP-Address': '127.0.0.1:3', ip_address_version: 4, text: '{"ipAddress":"127.0.0.1:4"' },
      { keys: ['ip_address'] },
    );
    expect(redacted).toEqual({ ip_address: '[REDACTED]', ipAddress: '[REDACTED]', 'IP-Address': '[REDACTED]', ip_address_version: 4, text: '{"ipAddress":"[REDACTED]"' });
  });
});

describe('keyWords at the edges', () => {
  it('starts no empty word at the start of a key or after a separator, before digits too', () => {
    expect(keyWords('2fa_code')).toEqual(['2', 'fa', 'code']);
    expect(keyWords('password_2')).toEqual(['password', '2']);
    expect(keyWords('api_key-9_x')).toEqual(['api', 'key', '9', 'x']);
    expect(keyWords('_Token')).toEqual(['token']);
    expect(keyWords('v0')).toEqual(['v', '0']);
    expect(keyWords('v9')).toEqual(['v', '9']);
    expect(keyWords('09')).toEqual(['09']);
  });

  it('splits an acronym before its last capital only when a lower-case letter follows', () => {
    expect(keyWords('XAPIKey')).toEqual(['xapi', 'key']);
    expect(keyWords('ID')).toEqual(['id']);
    expect(keyWords('apiKEY')).toEqual(['api', 'key']);
    expect(keyWords('PINCode')).toEqual(['pin', 'code']);
  });

  it('splits at every character other than an ASCII letter or digit', () => {
    expect(keyWords('api|key~x{y}')).toEqual(['api', 'key', 'x', 'y']);
    expect(keyWords('pässword')).toEqual(['p', 'ssword']);
  });
});

describe('createSecretKeyMatcher at the edges', () => {
  it('matches the plural of a secret name, and nothing else built on it', () => {
    const isSecret = createSecretKeyMatcher();
    for (const key of ['codes', 'sessions', 'SessionIds', 'cvvs', 'api_keys', 'apiKeys', 'ApiKeys', 'tokens']) expect(isSecret(key), key).toBe(true);
    for (const key of ['codex', 'sessionx', 'cvvx', 'c', 's', 'apiKeyId', 'tokenTypes', 'x_codes_y']) expect(isSecret(key), key).toBe(false);
  });

  it('takes extra names as whole names, and never matches an empty key, even when an extra name is empty', () => {
    const isSecret = createSecretKeyMatcher(['', '__', 'ip_address']);
    for (const key of ['', '-', '__', '%']) expect(isSecret(key), JSON.stringify(key)).toBe(false);
    for (const key of ['ipAddress', 'IP_ADDRESS', 'Ip-Address']) expect(isSecret(key), key).toBe(true);
    expect(isSecret('client_ip_address')).toBe(false);
    expect(createSecretKeyMatcher()('ipAddress')).toBe(false);
  });

  it('gives the same answer when asked again', () => {
    const isSecret = createSecretKeyMatcher();
    for (const key of ['apiKey', 'token_type', 'apiKey', 'token_type']) expect(isSecret(key), key).toBe(key === 'apiKey');
  });
});
