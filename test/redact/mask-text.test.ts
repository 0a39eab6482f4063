// redactEvent on text that is not JSON: a raw event that failed to parse because of its JSON is
// exactly what gets logged, so its secrets must be masked in the text itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactEvent } from '../../src/index.js';
import { maskSecretsInText } from '../../src/redact/mask-text.js';
import { createSecretKeyMatcher } from '../../src/redact/secret-key-names.js';
import { createTestEvent } from '../../src/testing/index.js';
import { propertyRuns } from '../support/property-runs.js';
import { secretEventArb, secretParts, textsOf } from '../support/secret-events.js';

const SECRET = 's3cr3tQ9wErTy7uIoP1aSdFgHjK';

/** The strings of the redacted value where `secret` is found. */
function leaks(redacted: unknown, parts: readonly string[]): string[] {
  return textsOf(redacted).filter((text) => parts.some((part) => text.includes(part)));
}

describe('redactEvent on broken JSON', () => {
  it('masks every planted secret whatever breaks the JSON texts of the event, and keeps the text otherwise', () => {
    fc.assert(
      fc.property(secretEventArb, (event) => {
        const redacted = redactEvent(event.input);
        expect(leaks(redacted, secretParts(event.secret, event.secretNumber))).toEqual([]);
      }),
      propertyRuns(400),
    );
  });

  const event = createTestEvent('create_saas_user', { request_body: { email: 'alice@example.com', password: SECRET }, log: { api_key: SECRET } });
  const text = (event.detail as { event: string }).event;
  const broken: [string, string][] = [
    ['truncated in the middle of a secret', text.slice(0, text.lastIndexOf(SECRET) + 16)],
    ['truncated just after the separator', text.slice(0, text.indexOf('"api_key"') + 12)],
    ['prefixed with a byte order mark', `\uFEFF${text}`],
    ['with a trailing comma', `${text.slice(0, -1)},}`],
    ['encoded twice', JSON.stringify(text)],
    ['encoded twice and truncated', JSON.stringify(text).slice(0, JSON.stringify(text).lastIndexOf(SECRET) + 16)],
    ['encoded three times and truncated', JSON.stringify(JSON.stringify(text)).slice(0, -20)],
    ['followed by garbage', `${text}}garbage"`],
    ['preceded by garbage', `xx"\\${text}`],
  ];

  it.each(broken)('masks api_key and the password in detail.event %s', (_label, brokenText) => {
    const redacted = redactEvent({ ...event, detail: { ...(event.detail as object), event: brokenText } });
    const redactedText = (redacted.detail as { event: string }).event;
    expect(redactedText).not.toContain(SECRET.slice(6, 14));
    expect(JSON.stringify(redacted)).not.toContain(SECRET.slice(6, 14));
  });

  it('keeps the rest of the broken text as it is, so logs show where it broke', () => {
    const truncated = `{"log_id":"l1","api_key":"${SECRET}","uri":"/v1/auth/users","request_body":"{\\"email\\":\\"a@example.com\\",\\"password\\":\\"${SECRET}`;
    expect(redactEvent({ detail: { event: truncated } })).toEqual({
      detail: { event: '{"log_id":"l1","api_key":"[REDACTED]","uri":"/v1/auth/users","request_body":"{\\"email\\":\\"a@example.com\\",\\"password\\":\\"[REDACTED]' },
    });
    expect(redactEvent({ body: `{"a":1,"token":"${SECRET}",}` })).toEqual({ body: '{"a":1,"token":"[REDACTED]",}' });
  });

  it('masks the whole input given as a truncated JSON string', () => {
    const whole = JSON.stringify({ ...event, detail: { ...(event.detail as object), event: text } });
    const cut = whole.slice(0, whole.lastIndexOf(SECRET) + 8);
    const redacted = redactEvent(cut);
    expect(typeof redacted).toBe('string');
    expect(redacted).not.toContain(SECRET.slice(0, 8));
    expect(redacted.startsWith(whole.slice(0, 40))).toBe(true);
  });

  it('keeps a byte order mark and a second layer of encoding when the JSON inside is whole', () => {
    const withBom = redactEvent({ body: `\uFEFF{"api_key":"${SECRET}"}` });
    expect(withBom.body).toBe('\uFEFF{"api_key":"[REDACTED]"}');
    const twice = redactEvent({ body: JSON.stringify(JSON.stringify({ api_key: SECRET, n: 1 })) });
    expect(JSON.parse(JSON.parse(twice.body) as string)).toEqual({ api_key: '[REDACTED]', n: 1 });
  });

  it('masks values of every kind after a secret key: strings, numbers, objects, arrays, header values', () => {
    const cases: [string, string][] = [
      [`{"pin":1234567890123,"n":1`, '{"pin":[REDACTED],"n":1'],
      [`{"credentials":{"id_token":"${SECRET}","note":"}"},"n":1,`, '{"credentials":[REDACTED],"n":1,'],
      [`{"api_keys":["${SECRET}",["]"]],"n":1,`, '{"api_keys":[REDACTED],"n":1,'],
      [`{"password" : '${SECRET}', n: 1`, `{"password" : '[REDACTED]', n: 1`],
      [`{"client_secret":"${SECRET}`, '{"client_secret":"[REDACTED]'],
      [`{"password":null,"token":"",`, '{"password":null,"token":"",'],
      [`Authorization: Bearer ${SECRET}\r\nHost: x`, 'Authorization: [REDACTED]\r\nHost: x'],
      [`{"api_key" => "${SECRET}", "n" => 1`, '{"api_key" => "[REDACTED]", "n" => 1'],
      [`session=${SECRET}; theme=dark`, 'session=[REDACTED]; theme=dark'],
      [`{\\"api\\u005fkey\\": \\"${SECRET}\\"`, '{\\"api\\u005fkey\\": \\"[REDACTED]\\"'],
    ];
    for (const [input, expected] of cases) expect(redactEvent({ text: input }).text, input).toBe(expected);
  });

  it('ends a masked string at its own closing quote, whatever quotes and backslashes it holds, at every level of encoding', () => {
    const inner = { a: 'x\\', password: `a"b\\${SECRET}\\`, next: 'n' };
    const once = JSON.stringify(inner);
    expect(redactEvent({ text: once.slice(0, -1) }).text).toBe('{"a":"x\\\\","password":"[REDACTED]","next":"n"');
    const twice = JSON.stringify(once);
    expect(redactEvent({ text: twice.slice(0, -2) }).text).toBe(JSON.stringify('{"a":"x\\\\","password":"[REDACTED]","next":"n"}').slice(0, -2));
    const thrice = JSON.stringify(twice);
    expect(redactEvent({ text: thrice.slice(0, -3) }).text).toBe(JSON.stringify(JSON.stringify('{"a":"x\\\\","password":"[REDACTED]","next":"n"}')).slice(0, -3));
  });

  it('masks the last key of a path in text the path leads into, and only there', () => {
    const body = `{"email":"alice@example.com","name":"A"`;
    const redacted = redactEvent({ detail: { event: { request_body: body, response_body: body } } }, { paths: ['detail.event.request_body.email'] });
    expect(redacted.detail.event.request_body).toBe('{"email":"[REDACTED]","name":"A"');
    expect(redacted.detail.event.response_body).toBe(body);
  });

  it('uses the mask given', () => {
    expect(redactEvent({ text: `{"api_key":"${SECRET}"` }, { mask: '***' }).text).toBe('{"api_key":"***"');
  });

  it('keeps text without secrets as it is: same string, nothing re-encoded', () => {
    const texts = ['{not json', '{"password":', '"quoted"', ' [1, 2', 'a: b = c', 'https://example.com/a/b?x=1#y', '2026-05-19T02:22:58Z', '{"token_type":"Bearer","expires_in":3600,'];
    for (const text of texts) expect(redactEvent({ text }).text).toBe(text);
  });
});

describe('redactEvent on URLs', () => {
  it('masks secrets in the query string and fragment of uri and referer, by any spelling of their name', () => {
    const redacted = redactEvent({
      uri: `/v1/auth/credentials?code=${SECRET}&auth-flow=tempCodeAuth&refresh-token=${SECRET}`,
      referer: `https://app.example.com/callback?api%5Fkey=${SECRET}&X-Api-Key=${SECRET}&api+key=${SECRET}#access_token=${SECRET}&token_type=bearer&expires_in=3600`,
    });
    expect(redacted).toEqual({
      uri: '/v1/auth/credentials?code=[REDACTED]&auth-flow=tempCodeAuth&refresh-token=[REDACTED]',
      referer: 'https://app.example.com/callback?api%5Fkey=[REDACTED]&X-Api-Key=[REDACTED]&api+key=[REDACTED]#access_token=[REDACTED]&token_type=bearer&expires_in=3600',
    });
  });

  it('masks a path segment after a collection of secrets: the API key in SaaSus API Gateway paths', () => {
    expect(redactEvent({ uri: `/v1/apigateway/api-keys/${SECRET}/client-secret` }).uri).toBe('/v1/apigateway/api-keys/[REDACTED]/client-secret');
    expect(redactEvent({ uri: `/v1/apigateway/api-keys/${SECRET}` }).uri).toBe('/v1/apigateway/api-keys/[REDACTED]');
    for (const uri of ['/v1/apigateway/api-keys', '/v1/auth/users/u1/password/reset', '/v1/auth/users/u1/mfa/software-token/secret-code', '/v1/auth/tenants/t1/users']) {
      expect(redactEvent({ uri }).uri).toBe(uri);
    }
  });

  it('masks the query string of a parsed event', () => {
    const raw = createTestEvent('create_tenant', { log: { referer: `https://app.example.com/?token=${SECRET}`, api_key: SECRET } });
    const text = JSON.stringify(redactEvent(raw));
    expect(text).not.toContain(SECRET);
    expect(text).toContain('?token=[REDACTED]');
  });
});

describe('maskSecretsInText at the edges of its scan', () => {
  const isSecret = createSecretKeyMatcher();
  const mask = (text: string): string => maskSecretsInText(text, isSecret, '[REDACTED]');
  const V = 'v4lu3Xq9';

  it('masks across white space between a key and its separator, raw or JSON-escaped at any level', () => {
    for (const space of [' ', '\t', '\r', '\n', ' \t\r\n']) {
      expect(mask(`{"api_key"${space}:"${V}","n":1`), JSON.stringify(space)).toBe('{"api_key"' + space + ':"[REDACTED]","n":1');
      expect(mask(`api_key${space}=${V}&n=1`), JSON.stringify(space)).toBe(`api_key${space}=[REDACTED]&n=1`);
    }
    for (const escaped of ['\\n', '\\t', '\\r', '\\r\\n', '\\\\n', ' \\t \\n ']) {
      const text = `{\\"api_key\\"${escaped}:\\"${V}\\",\\"n\\":1`;
      expect(mask(text), escaped).toBe(`{\\"api_key\\"${escaped}:\\"[REDACTED]\\",\\"n\\":1`);
    }
  });

  it('masks across white space after a separator, raw or JSON-escaped at any level, keeping the white space', () => {
    for (const space of [' ', '\t', '\r', '\n', '\r\n  ']) {
      expect(mask(`{"token":${space}"${V}","n":1`), JSON.stringify(space)).toBe(`{"token":${space}"[REDACTED]","n":1`);
      expect(mask(`token:${space}${V},n:1`), JSON.stringify(space)).toBe(`token:${space}[REDACTED],n:1`);
    }
    for (const escaped of ['\\n', '\\t', '\\r', '\\r\\n  ', '\\\\n', '\\\\\\\\t']) {
      expect(mask(`{\\"token\\":${escaped}\\"${V}\\",\\"n\\":1`), escaped).toBe(`{\\"token\\":${escaped}\\"[REDACTED]\\",\\"n\\":1`);
    }
  });

  it('reads bare keys with every character a query or header name holds, and not the text before them', () => {
    const cases: [string, string][] = [
      [`api_key=${V}&n=1`, 'api_key=[REDACTED]&n=1'],
      [`apiKey: ${V}`, 'apiKey: [REDACTED]'],
      [`X-Api-Key: ${V}\r\nHost: h`, 'X-Api-Key: [REDACTED]\r\nHost: h'],
      [`x.pin=${V}&n=1`, 'x.pin=[REDACTED]&n=1'],
      [`password.new=${V}&n=1`, 'password.new=[REDACTED]&n=1'],
      [`password-new=${V}&n=1`, 'password-new=[REDACTED]&n=1'],
      [`password%20new=${V}&n=1`, 'password%20new=[REDACTED]&n=1'],
      [`password+new=${V}&n=1`, 'password+new=[REDACTED]&n=1'],
      [`password_new=${V}&n=1`, 'password_new=[REDACTED]&n=1'],
      [`API_KEY9=${V}&n=1`, 'API_KEY9=[REDACTED]&n=1'],
      [`password0=${V}&n=1`, 'password0=[REDACTED]&n=1'],
      [`api%5Fkey=${V}&n=1`, 'api%5Fkey=[REDACTED]&n=1'],
      [`new+pin=${V}&n=1`, 'new+pin=[REDACTED]&n=1'],
      // The key is the name right before the separator, not the path or the field before it.
      [`/callback?code=${V}&state=s`, '/callback?code=[REDACTED]&state=s'],
      [`user=alice|code=${V}&n=1`, 'user=alice|code=[REDACTED]&n=1'],
      [`ok=1^code=${V}&n=1`, 'ok=1^code=[REDACTED]&n=1'],
    ];
    for (const [input, expected] of cases) expect(mask(input), expected).toBe(expected);
  });

  it('decodes %XX, + and \\uXXXX at any level of escaping in quoted keys', () => {
    expect(mask(`{"api%5fkey":"${V}","n":1`)).toBe('{"api%5fkey":"[REDACTED]","n":1');
    expect(mask(`{"new+pin":"${V}","n":1`)).toBe('{"new+pin":"[REDACTED]","n":1');
    expect(mask(`{"api\\u005fkey":"${V}","n":1`)).toBe('{"api\\u005fkey":"[REDACTED]","n":1');
    expect(mask(`{\\\\\\"api\\\\u005Fkey\\\\\\":\\\\\\"${V}\\\\\\"`)).toBe('{\\\\\\"api\\\\u005Fkey\\\\\\":\\\\\\"[REDACTED]\\\\\\"');
    // Decoded, these are not secret names.
    for (const text of [`{"codex":"${V}"`, `{"co%64ex":"${V}"`, `pin%5Ftype=1`, `token+type=bearer`]) expect(mask(text)).toBe(text);
  });

  it('masks keys at the very start and values running to the very end of the text', () => {
    expect(mask(`"token":"${V}","n":1`)).toBe('"token":"[REDACTED]","n":1');
    expect(mask(`'pin': ${V}`)).toBe("'pin': [REDACTED]");
    expect(mask(`pin=${V}`)).toBe('pin=[REDACTED]');
    expect(mask(`{"token":"${V}`)).toBe('{"token":"[REDACTED]');
    expect(maskSecretsInText(`k=${V}&n=1`, (key) => key === 'k', '*')).toBe('k=*&n=1');
    expect(maskSecretsInText(`"k":"${V}"`, (key) => key === 'k', '*')).toBe('"k":"*"');
  });

  it('keeps the `=>` of a hash and masks what follows it, whole', () => {
    expect(mask(`{"api_key"=>"${V}", "n"=>1}`)).toBe('{"api_key"=>"[REDACTED]", "n"=>1}');
    expect(mask(`{:token => ${V}, :n => 1}`)).toBe('{:token => [REDACTED], :n => 1}');
    expect(mask(`token=${V}`)).toBe('token=[REDACTED]');
  });

  it('ends a bare value after = at a query or cookie separator, and after : only at the end of the line or a comma', () => {
    expect(mask(`a=1&token=${V}&b=2 c`)).toBe('a=1&token=[REDACTED]&b=2 c');
    expect(mask(`token=${V};b=2`)).toBe('token=[REDACTED];b=2');
    expect(mask(`token=${V}#frag`)).toBe('token=[REDACTED]#frag');
    expect(mask(`token=${V} rest`)).toBe('token=[REDACTED] rest');
    expect(mask(`Cookie: a=1; session=${V}\nX: 1`)).toBe('Cookie: [REDACTED]\nX: 1');
  });

  it('keeps a JSON null, which says the field was not set, and masks any value of four characters', () => {
    for (const text of ['{"password":null,"n":1', 'password=null&n=1', 'password: null']) expect(mask(text)).toBe(text);
    expect(mask('pin=1234&n=1')).toBe('pin=[REDACTED]&n=1');
    expect(mask('{"pin":1234,"n":1')).toBe('{"pin":[REDACTED],"n":1');
    expect(mask(`token=null${V}&n=1`)).toBe('token=[REDACTED]&n=1');
    expect(mask('{"pin":nul,"n":1')).toBe('{"pin":[REDACTED],"n":1');
  });

  it('ends a masked object at its closing bracket, skipping escaped strings and their brackets', () => {
    expect(mask(`{\\"credentials\\":{\\"a\\":\\"}${V}\\"},\\"n\\":1`)).toBe('{\\"credentials\\":[REDACTED],\\"n\\":1');
    expect(mask(`{\\"api_keys\\":[\\"]\\",\\"${V}\\"],\\"n\\":1`)).toBe('{\\"api_keys\\":[REDACTED],\\"n\\":1');
  });

  it('ends a masked object cut short inside an escaped string where that string ends, keeping what follows', () => {
    expect(mask(`{"body":"{\\"api_keys\\":[\\"${V}\\"","next":"x"}`)).toBe('{"body":"{\\"api_keys\\":[REDACTED]","next":"x"}');
    expect(mask(`{\\"body\\":\\"{\\\\\\"api_keys\\\\\\":[\\\\\\"${V}\\\\\\"\\",\\"next\\":1}`)).toBe(
      '{\\"body\\":\\"{\\\\\\"api_keys\\\\\\":[REDACTED]\\",\\"next\\":1}',
    );
  });

  it('masks the path segment after a plural of a secret name, and only that one', () => {
    const cases: [string, string][] = [
      [`/tokens/${V}`, '/tokens/[REDACTED]'],
      [`/v1/auth/sessions/${V}/x`, '/v1/auth/sessions/[REDACTED]/x'],
      [`/v1/codes/${V}?n=1`, '/v1/codes/[REDACTED]?n=1'],
      [`/v1/api%5Fkeys/${V}/x`, '/v1/api%5Fkeys/[REDACTED]/x'],
    ];
    for (const [input, expected] of cases) expect(mask(input), expected).toBe(expected);
    // Not a collection of secrets: a singular, a name not ending in s, no segment after it, one letter.
    for (const text of ['/v1/token/refresh', '/v1/passwordz/x', '/v1/password1/x', '/v1/api-keys', '/s/x', '/v1/auth/users/u1']) expect(mask(text)).toBe(text);
  });

  it('reads a bracketed name as the key, as forms and query strings nest them, also cut after its [', () => {
    expect(mask(`user[password]=${V}&x=1`)).toBe('user[password]=[REDACTED]&x=1');
    expect(mask(`a[b][api_key]=${V}`)).toBe('a[b][api_key]=[REDACTED]');
    expect(mask(`password]=${V}`)).toBe('password]=[REDACTED]');
    for (const text of ['user[name]=alice', 'x(password]=1', 'a[]=1', '[]=1']) expect(mask(text), text).toBe(text);
  });

  it('does not take an escaped line break for part of the bare key after it', () => {
    // A short name (pin, otp, code) read with the n, t or r of the escape before it names no secret.
    expect(mask(`{"log":"line1\\npin: ${V}"`)).toBe('{"log":"line1\\npin: [REDACTED]"');
    expect(mask(`a=1\\r\\ncode=${V}&x=1`)).toBe('a=1\\r\\ncode=[REDACTED]&x=1');
    expect(mask(`x\\totp=${V}`)).toBe('x\\totp=[REDACTED]');
    // Without the backslash, the letter is part of the key.
    expect(mask(`npin=${V}`)).toBe(`npin=${V}`);
  });

  it('reads the last word before a closing quote as the key when the text was cut before its opening quote', () => {
    expect(mask(`token":"${V}","n":1`)).toBe('token":"[REDACTED]","n":1');
    expect(mask(`cut here api_key\\": \\"${V}\\"}`)).toBe('cut here api_key\\": \\"[REDACTED]\\"}');
    expect(mask(`note": "${V}"`)).toBe(`note": "${V}"`);
  });

  it('returns the same string when there is nothing to mask', () => {
    for (const text of ['', ':', '=', '=>x', ' : ', '\\n:', 'a": 1', "it': 1", 'a: b = c', '{"a":"b"}', '{"token_type":"Bearer"}', '/a/b/c']) {
      expect(mask(text), JSON.stringify(text)).toBe(text);
    }
  });
});
