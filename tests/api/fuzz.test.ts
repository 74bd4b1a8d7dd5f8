/**
 * Property-based fuzzing (fast-check) of every query and mutation of the schema, as a stranger, as
 * the commune's ADMIN and with a partner's key: hostile strings (NUL and other control
 * characters, lone surrogates, decomposed Unicode, SQL and script fragments, huge texts),
 * out-of-range numbers and dates, junk ids, nested lists. Whatever the input, the API answers with
 * a code of its own — never INTERNAL_SERVER_ERROR, never HTTP 500 — and stays healthy.
 */
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

/** Reproducible by default; `KN_FUZZ_SEED` and `KN_FUZZ_RUNS` explore further. */
const SEED = Number(process.env.KN_FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.KN_FUZZ_RUNS ?? 4);

let api: TestApi;
let schema: GraphQLSchema;
let admin: string;
let key: string;

/** Operations that would end the fuzzing session itself (sign-out, TOTP required for all). */
const SKIP_AS_ADMIN = new Set([
  'logout',
  'endSession',
  'endOtherSessions',
  'setRequireTwoFactorForAdmins',
  'changePassword',
  'updateStaffAccount',
  'disableStaffAccount',
]);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 20 }),
  fc.uuid(),
  fc.constantFrom(
    '',
    '\u0000',
    'tên\u0000ẩn',
    '\u0007\u001b[31m',
    '\uD800',
    'a\uDC00b',
    'Nguye\u0302\u0303n', // decomposed Vietnamese
    "'; drop table idea; --",
    '" or 1=1 --',
    '<script>alert(1)</script>',
    '{{7*7}}${7*7}',
    '../../etc/passwd',
    'KN-AAAA-AAAA',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(20_000),
    '🙂'.repeat(300),
  ),
);

const hostileDate = fc.oneof(
  fc.constantFrom(
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-02-30T00:00:00Z',
    'hôm qua',
    '',
    '2026-12-05',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType as GraphQLInputType, depth);
  const inner = (): fc.Arbitrary<unknown> => {
    if (isListType(type))
      return fc.array(valueFor(type.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of fields) model[f.name] = valueFor(f.type, depth + 1);
      return fc.record(model, {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    switch (getNamedType(type).name) {
      case 'Int':
        return fc.oneof(
          fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
          fc.constantFrom(-1, 0, 101, 100_000),
        );
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return hostileDate;
      case 'JSON':
      case 'JSONObject':
        return fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
      default:
        return hostileString;
    }
  };
  // A nullable argument is sometimes left out (null).
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: inner() });
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${kind} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  }${selection} }`;
}

async function send(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { errors?: { extensions?: { code?: string } }[] } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // A plain answer (e.g. 413 for a body over the limit) is fine if it is not a 500.
  }
  return { status: res.status, body, text };
}

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  const intro = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(intro.data!);
  admin = await api.login(TEST_STAFF.admin);
  const k = await api.gql<{ createApiKey: { key: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    {
      input: {
        name: 'Kiểm thử ngẫu nhiên',
        scopes: ['PUBLIC_READ', 'STATISTICS', 'SUBMIT'],
        requestsPerMinute: 100_000,
      },
    },
    { token: admin },
  );
  key = k.data!.createApiKey.key;
});
afterAll(() => api?.close());

describe('hostile input to every operation', () => {
  it(
    'never answers INTERNAL_SERVER_ERROR, as a stranger, as ADMIN or with a key',
    { timeout: 240_000 },
    async () => {
      const operations = [
        ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
        ...Object.values(schema.getMutationType()!.getFields()).map(
          (f) => ['mutation', f] as const,
        ),
      ];
      expect(operations.length).toBeGreaterThan(100);
      const failures: string[] = [];
      let requests = 0;
      for (const [kind, field] of operations) {
        const query = documentFor(kind, field);
        const variables = fc.record(
          Object.fromEntries(field.args.map((a, i) => [`a${i}`, valueFor(a.type, 0)])),
        );
        for (const role of ['anonymous', 'admin', 'key'] as const) {
          if (role === 'admin' && SKIP_AS_ADMIN.has(field.name)) continue;
          await fc
            .assert(
              fc.asyncProperty(variables, async (vars) => {
                const headers: Record<string, string> =
                  role === 'admin'
                    ? { authorization: `Bearer ${admin}` }
                    : role === 'key'
                      ? { 'x-api-key': key }
                      : {};
                requests += 1;
                const r = await send(query, vars, headers);
                const internal = r.body?.errors?.some(
                  (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
                );
                if (r.status >= 500 || internal) {
                  failures.push(
                    `${role} ${field.name} ${r.status} ${r.text.slice(0, 200)} ← ${JSON.stringify(vars).slice(0, 300)}`,
                  );
                  return false;
                }
                return true;
              }),
              { numRuns: RUNS, seed: SEED, endOnFailure: true },
            )
            .catch(() => undefined);
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
      expect(requests).toBeGreaterThan(600);
      const health = await fetch(api.url.replace(/\/graphql$/, '/health'));
      expect(health.status).toBe(200);
    },
  );
});
