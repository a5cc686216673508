import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';

/**
 * SPEC §9: no malformed input gets a 5xx. Walks every operation of the OpenAPI document (so new
 * routes are covered as they are added) and sends, as a signed-in user, wrong types, missing
 * and unknown fields, huge strings, bad ids, garbage query values and broken JSON; and, to every
 * path parameter, query parameter and body field, NUL, other control characters and lone
 * surrogates (SPEC §2), both signed in and signed out (the public routes, such as
 * `POST /api/auth/local`, answer strangers).
 * Inputs come from fast-check with a fixed seed, so a failure reproduces.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  $ref?: string;
};
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
  /** The operation takes a multipart upload (its body is a form, not JSON). */
  multipart: boolean;
}
interface Case {
  url: string;
  payload?: string | Buffer;
  /** The payload's type when it is not JSON. */
  contentType?: string;
  /** Sent signed out as well (the control-character cases). */
  anonymous?: boolean;
}

const SEED = 20_261_128;
const ORIGIN = 'http://localhost:8080';
const RUNS = 4;

let t: TestApp;
let operations: Operation[];

beforeAll(async () => {
  // Generous limits: the point is to reach the handlers, not the rate limiter.
  t = await createTestApp({
    env: { RATE_LIMIT_AUTH: '100000', RATE_LIMIT_WRITE: '100000', RATE_LIMIT_READ: '100000' },
  });
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = [];
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      // A live stream never ends under inject; its input (a header) is tested with the route.
      const ok = (op.responses as Record<string, { content?: object }> | undefined)?.['200'];
      if (ok?.content && 'text/event-stream' in ok.content) continue;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters as Parameter[]) ?? [],
        body: content?.['application/json']?.schema,
        multipart: content?.['multipart/form-data'] !== undefined,
      });
    }
  }
});
afterAll(() => t.close());

const HUGE = 'x'.repeat(100_000);
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '💥',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  'null',
  'true',
  "' or 1=1 --",
  '../../etc/passwd',
  '9'.repeat(40),
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  HUGE,
);
/** Text the contracts must refuse (or, in long text, keep): as JSON strings in a body… */
const CONTROL_TEXT = [
  '\u0000',
  'a\u0000b',
  '\u0001',
  '\u001b[31m',
  'a\u0007',
  '\u007f',
  '\u0085',
  'a\nb',
  'a\r\nb',
  '\t',
  '\ud800',
  'x\udfff',
  '\udbff\udbff',
];
/** …and percent-encoded in a URL, where a lone surrogate can only arrive as its three bad bytes. */
const CONTROL_URL = [
  '%00',
  'a%00b',
  '%01',
  '%1B%5B31m',
  '%7F',
  '%C2%85',
  '%0A',
  '%09',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%C0%80',
];

/** `value` with every string in it replaced by `text`. */
function replaceStrings(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, text));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, text)]));
  }
  return value;
}

const garbageString = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.uuid().map((u) => u.toUpperCase()),
);
const garbageJson: fc.Arbitrary<unknown> = fc.oneof(
  garbageString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.MAX_SAFE_INTEGER * 10),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A plausible value for a schema, so mutations of one field reach past the others. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  const s = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    case 'array':
      return [sample(s.items, depth + 1)];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date-time') return '2026-01-15T12:00:00.000Z';
      if (s.format === 'date') return '2026-01-15';
      return 'fuzz';
    default:
      return null;
  }
}

const pick = <T>(arb: fc.Arbitrary<T>, salt: number): T[] => fc.sample(arb, { seed: SEED + salt, numRuns: RUNS });

function casesFor(op: Operation, salt: number): Case[] {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const urlWith = (params: Record<string, string>, query = '') =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? randomUUID())) +
    (query ? `?${query}` : '');
  const validParams = Object.fromEntries(pathParams.map((p) => [p.name, String(sample(p.schema))]));
  const base = urlWith(validParams);
  const cases: Case[] = [{ url: base }];

  for (const param of pathParams) {
    for (const value of pick(garbageString, salt++))
      cases.push({ url: urlWith({ ...validParams, [param.name]: value }) });
  }
  const q = (k: string, v: string) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
  for (const param of queryParams) {
    for (const value of pick(garbageString, salt++)) cases.push({ url: urlWith(validParams, q(param.name, value)) });
    cases.push({ url: urlWith(validParams, `${q(param.name, '1')}&${q(param.name, '2')}`) });
    cases.push({ url: urlWith(validParams, `${encodeURIComponent(param.name)}[a]=1`) });
  }
  cases.push({ url: urlWith(validParams, `${q('unknown_param', HUGE)}&%ff=%fe`) });

  // Control characters and lone surrogates in every path and query parameter (already encoded).
  const raw = (params: Record<string, string>) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? encodeURIComponent(validParams[name] ?? ''));
  for (const value of CONTROL_URL) {
    for (const param of pathParams) cases.push({ url: raw({ [param.name]: value }), anonymous: true });
    for (const param of queryParams) {
      cases.push({ url: `${base}?${encodeURIComponent(param.name)}=${value}`, anonymous: true });
    }
  }

  if (op.method !== 'GET') {
    const valid = sample(op.body);
    const json = (value: unknown) => ({ url: base, payload: JSON.stringify(value) });
    cases.push({ url: base, payload: '{"broken": ' }, { url: base, payload: '\u0000' }, json(valid));
    cases.push(json({ ...(valid as object), unknown_field: 1 }));
    cases.push({ url: base, payload: `${'['.repeat(3000)}${']'.repeat(3000)}` });
    for (const root of pick(garbageJson, salt++)) cases.push(json(root));
    const props = op.body?.properties ?? {};
    for (const key of Object.keys(props)) {
      const { [key]: _, ...without } = valid as Record<string, unknown>;
      cases.push(json(without));
      for (const value of pick(garbageJson, salt++)) cases.push(json({ ...(valid as object), [key]: value }));
      for (const text of CONTROL_TEXT) {
        cases.push({
          ...json({ ...(valid as object), [key]: replaceStrings(sample(props[key]), text) }),
          anonymous: true,
        });
      }
    }
    // Every string of the body at once, nested ones included.
    for (const text of CONTROL_TEXT) cases.push({ ...json(replaceStrings(valid, text)), anonymous: true });
  }
  if (op.multipart) cases.push(...multipartCases(base, salt));
  return cases;
}

const BOUNDARY = 'fuzz-boundary';
const FORM = `multipart/form-data; boundary=${BOUNDARY}`;
/** One part of a form: its raw header lines, then its bytes. */
const part = (headers: string, content: string | Buffer) =>
  Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
const end = Buffer.from(`--${BOUNDARY}--\r\n`);
const filePart = (filename: string, content: string | Buffer, name = 'file') =>
  part(`Content-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: audio/wav`, content);
/** The start of a WAV file, so a body gets past the type check to what follows. */
const WAV_HEAD = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(64, 1)]);

/** Bad forms for an upload: broken framing, odd part headers and names, garbage and half-files. */
function multipartCases(url: string, salt: number): Case[] {
  const form = (payload: Buffer, contentType = FORM): Case => ({ url, payload, contentType });
  const cases: Case[] = [
    form(Buffer.alloc(0)),
    form(end),
    form(Buffer.concat([filePart('a.wav', 'x'), end]), 'multipart/form-data'),
    form(Buffer.concat([filePart('a.wav', 'x'), end]), 'multipart/form-data; boundary='),
    form(Buffer.from('not a form at all')),
    form(filePart('a.wav', WAV_HEAD)),
    form(Buffer.concat([filePart('a.wav', WAV_HEAD), end])),
    form(Buffer.concat([filePart('a.wav', WAV_HEAD), filePart('b.wav', WAV_HEAD), end])),
    form(Buffer.concat([part('Content-Disposition: form-data; name="title"', HUGE), end])),
    form(Buffer.concat([part('Content-Disposition: form-data; name="__proto__"; filename="a"', 'x'), end])),
    form(Buffer.concat([part('Content-Disposition: attachment', 'x'), end])),
    form(Buffer.concat([part(`X-${HUGE}: y`, 'x'), end])),
    form(Buffer.concat([filePart('a.wav', WAV_HEAD, 'other'), end])),
    form(Buffer.concat([filePart(HUGE, WAV_HEAD), end])),
  ];
  for (const text of [...CONTROL_TEXT, '../../etc/passwd', '']) {
    cases.push({ ...form(Buffer.concat([filePart(`${text}.wav`, WAV_HEAD), end])), anonymous: true });
  }
  for (const value of pick(garbageString, salt)) cases.push(form(Buffer.concat([filePart('a.wav', value), end])));
  return cases;
}

describe('fuzzing every documented operation', () => {
  it('finds the operations in the document', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('answers malformed input with a 4xx, never a 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [index, op] of operations.entries()) {
      // A fresh user per operation, and again after a sign-out or an account deletion, so every
      // case reaches the handler.
      let user = await signUp(t);
      for (const c of casesFor(op, index * 1000)) {
        const request = {
          method: op.method as 'GET',
          url: c.url,
          ...(c.payload !== undefined
            ? { payload: c.payload, headers: { 'content-type': c.contentType ?? 'application/json' } }
            : {}),
        };
        const responses = [await user.inject(request)];
        if (c.anonymous) {
          responses.push(await t.app.inject({ ...request, headers: { ...request.headers, origin: ORIGIN } }));
        }
        sent += responses.length;
        if (responses[0]?.statusCode === 401) user = await signUp(t);
        for (const [i, res] of responses.entries()) {
          if (res.statusCode < 500) continue;
          failures.push(
            `${i ? 'signed out ' : ''}${op.method} ${c.url.slice(0, 120)} ${String(c.payload).slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
        }
      }
    }
    expect(sent).toBeGreaterThan(operations.length * 5);
    expect(failures).toEqual([]);
    // Thousands of requests over every route of the document, which grows with each module.
  }, 180_000);
});
