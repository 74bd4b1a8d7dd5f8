/**
 * The authorization matrix, generated from the schema: every query and mutation, called by every
 * kind of caller — a stranger, a partner's key, each staff role, a hub of another commune, a
 * province administrator, a disabled account — is either refused (UNAUTHENTICATED, FORBIDDEN,
 * TWO_FACTOR_REQUIRED) or let through to its own checks. The outcome of each pair is kept in
 * `authorization-matrix.json`, reviewed like code: a new operation, or a changed outcome, fails
 * here until the file is regenerated (`KN_UPDATE_MATRIX=1`) and the change is read in review.
 * Invariants hold whatever the file says: strangers reach only the mutations listed below, a
 * key reaches no more than a stranger, a disabled account no more than a stranger.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

const FILE = new URL('./authorization-matrix.json', import.meta.url);
const REFUSED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TWO_FACTOR_REQUIRED',
  // Sign-in throttling answers a wrong password after a few tries: still a refusal.
  'TOO_MANY_ATTEMPTS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
]);
/**
 * `hidden`: answered NOT_FOUND — the record named (here a made-up id) is not one the caller may
 * see, which is how reads and writes on what a caller may not see are refused.
 */
type Outcome = 'allowed' | 'refused' | 'hidden';

/** The mutations a stranger may run: citizens' own operations and signing in. */
const PUBLIC_MUTATIONS = new Set([
  // Citizens: submitting, and the author's operations through the tracking page (a token).
  'submitIdea',
  'replyToIdea',
  'supplementIdea',
  'withdrawIdea',
  'setMyConsent',
  'raiseDisputeAsAuthor',
  'answerCoAuthorInvitation',
  // An author who lost their code has it sent to the contact they gave (the answer says nothing).
  'requestTrackingCodes',
  // Anyone may complain about how an idea was received, judged or used (§V.1).
  'fileHandlingFeedback',
  // Anyone may dispute the authorship of a public idea, and ask for their personal data.
  'raiseDispute',
  'fileDataRequest',
  // Signing in and accounts reached by a link or code.
  'login',
  'completeLogin',
  'logout',
  'acceptInvitation',
  'requestPasswordReset',
  'resetPassword',
]);

/** Operations that end the caller's own session: run last for each caller, signed in again. */
const SESSION_ENDING = new Set(['logout', 'endSession', 'endOtherSessions']);

const STAFF_ROLES = {
  admin: TEST_STAFF.admin,
  hub: TEST_STAFF.hub,
  officer: TEST_STAFF.officerA,
  unitHead: TEST_STAFF.headA,
  council: TEST_STAFF.council,
  editor: TEST_STAFF.editor,
  otherCommuneHub: TEST_STAFF.otherTenantHub,
  provinceAdmin: TEST_STAFF.provinceAdmin,
} as const;
type Caller = 'anonymous' | 'key' | 'disabled' | keyof typeof STAFF_ROLES;
const CALLERS: Caller[] = [
  'anonymous',
  'key',
  'disabled',
  ...(Object.keys(STAFF_ROLES) as Caller[]),
];

let api: TestApi;
let operations: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];
let key: string;

function minimal(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType as GraphQLInputType;
  if (isListType(inner)) return [minimal(inner.ofType as GraphQLInputType) ?? 'x'];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, minimal(f.type)]),
    );
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-12-01T00:00:00.000Z';
    case 'JSON':
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}

function documentFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  const named = getNamedType(field.type);
  const sel =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${kind} M${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${sel} }`;
}

async function outcome(
  kind: string,
  field: GraphQLField<unknown, unknown>,
  headers: Record<string, string>,
): Promise<Outcome> {
  const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, minimal(a.type)]));
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: documentFor(kind, field), variables }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code;
  if (code && REFUSED.has(code)) return 'refused';
  return code === 'NOT_FOUND' ? 'hidden' : 'allowed';
}

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  const intro = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
  const schema = buildClientSchema(intro.data!);
  operations = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
      kind: 'query' as const,
      field,
    })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
      kind: 'mutation' as const,
      field,
    })),
  ].sort((a, b) => `${a.kind}.${a.field.name}`.localeCompare(`${b.kind}.${b.field.name}`));
  const admin = await api.login(TEST_STAFF.admin);
  const k = await api.gql<{ createApiKey: { key: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    {
      input: {
        name: 'Ma trận quyền',
        scopes: ['PUBLIC_READ', 'STATISTICS', 'SUBMIT'],
        requestsPerMinute: 100_000,
      },
    },
    { token: admin },
  );
  key = k.data!.createApiKey.key;
});
afterAll(() => api?.close());

describe('the authorization matrix', () => {
  it(
    'refuses or lets through every operation for every caller as reviewed',
    { timeout: 180_000 },
    async () => {
      const matrix: Record<string, Record<Caller, Outcome>> = {};
      for (const { kind, field } of operations) matrix[`${kind}.${field.name}`] = {} as never;
      for (const caller of CALLERS) {
        const signIn = async (): Promise<Record<string, string>> => {
          if (caller === 'anonymous') return {};
          if (caller === 'key') return { 'x-api-key': key };
          if (caller === 'disabled') {
            // A session whose account is disabled afterwards counts for nothing.
            await api.sql(`update staff_user set active = true where email = $1`, [
              TEST_STAFF.officerB,
            ]);
            const t = await api.login(TEST_STAFF.officerB);
            await api.sql(`update staff_user set active = false where email = $1`, [
              TEST_STAFF.officerB,
            ]);
            return { authorization: `Bearer ${t}` };
          }
          return { authorization: `Bearer ${await api.login(STAFF_ROLES[caller])}` };
        };
        let headers = await signIn();
        const ordered = [
          ...operations.filter((o) => !SESSION_ENDING.has(o.field.name)),
          ...operations.filter((o) => SESSION_ENDING.has(o.field.name)),
        ];
        for (const { kind, field } of ordered) {
          if (SESSION_ENDING.has(field.name)) headers = await signIn();
          matrix[`${kind}.${field.name}`]![caller] = await outcome(kind, field, headers);
        }
      }
      await api.sql(`update staff_user set active = true where email = $1`, [TEST_STAFF.officerB]);

      // Invariants, whatever the reviewed file says.
      const strangerMutations = Object.entries(matrix)
        .filter(([op, row]) => op.startsWith('mutation.') && row.anonymous === 'allowed')
        .map(([op]) => op.slice('mutation.'.length))
        .filter((name) => !PUBLIC_MUTATIONS.has(name));
      expect(
        strangerMutations,
        'mutations a stranger reaches that are not listed as public',
      ).toEqual([]);
      const keyBeyondStranger = Object.entries(matrix)
        .filter(([, row]) => row.key === 'allowed' && row.anonymous !== 'allowed')
        .map(([op]) => op);
      expect(keyBeyondStranger, 'a key reaches more than a stranger').toEqual([]);
      const disabledBeyondStranger = Object.entries(matrix)
        .filter(([, row]) => row.disabled !== row.anonymous)
        .map(([op]) => op);
      expect(disabledBeyondStranger, 'a disabled account is not treated as a stranger').toEqual([]);
      const listed = [...PUBLIC_MUTATIONS].filter((m) => !(`mutation.${m}` in matrix));
      expect(listed, 'public mutations that do not exist').toEqual([]);

      if (process.env.KN_UPDATE_MATRIX === '1') {
        await writeFile(FILE, `${JSON.stringify(matrix, null, 2)}\n`);
        return;
      }
      const reviewed = JSON.parse(await readFile(FILE, 'utf8')) as typeof matrix;
      const unreviewed = Object.keys(matrix).filter((op) => !(op in reviewed));
      expect(
        unreviewed,
        'operations without a reviewed rule: run KN_UPDATE_MATRIX=1 npx vitest run --project api-integration tests/api/authorization-matrix.test.ts and review the diff',
      ).toEqual([]);
      const changed = Object.keys(matrix).filter(
        (op) => JSON.stringify(matrix[op]) !== JSON.stringify(reviewed[op]),
      );
      expect(
        changed.map(
          (op) => `${op}: ${JSON.stringify(reviewed[op])} → ${JSON.stringify(matrix[op])}`,
        ),
      ).toEqual([]);
      expect(
        Object.keys(reviewed).filter((op) => !(op in matrix)),
        'rules of removed operations',
      ).toEqual([]);
    },
  );
});
