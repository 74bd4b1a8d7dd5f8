import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const HUB = [
  'TRIAGE',
  'PUBLISH_IDEAS',
  'IMPORT_IDEAS',
  'READ_OUTBOX',
  'READ_AUDIT_LOG',
  'RECORD_IN_PERSON',
  'MANAGE_COUNCILS',
  'MANAGE_PILOTS',
  'MANAGE_AWARDS',
  'MANAGE_RIGHTS',
  'HANDLE_DATA_REQUESTS',
  'FILE_DATA_REQUESTS',
  'SEE_CONTENT',
  'MANAGE_CAMPAIGNS',
  'MANAGE_MOVEMENT',
];

/** One account per role, with what the API lets it do. */
const BY_ROLE = {
  ADMIN: {
    email: TEST_STAFF.admin,
    permissions: [
      ...HUB,
      'EDIT_CONTENT',
      'MANAGE_ACCOUNTS',
      'MANAGE_API_KEYS',
      'MANAGE_ORGANISATION',
      'MANAGE_COMMUNE_SETTINGS',
    ],
  },
  HUB: { email: TEST_STAFF.hub, permissions: HUB },
  RECEPTION_OFFICER: {
    email: TEST_STAFF.officerA,
    permissions: ['RECORD_IN_PERSON', 'FILE_DATA_REQUESTS'],
  },
  UNIT_HEAD: { email: TEST_STAFF.headA, permissions: ['FILE_DATA_REQUESTS', 'ACT_FOR_UNIT'] },
  UNIT_EDITOR: { email: TEST_STAFF.unitEditorA, permissions: ['DRAFT_UNIT_NEWS'] },
  COUNCIL_MEMBER: { email: TEST_STAFF.council, permissions: ['SCORE'] },
  EDITOR: { email: TEST_STAFF.editor, permissions: ['EDIT_CONTENT', 'SEE_CONTENT'] },
  PROVINCE_ADMIN: {
    email: TEST_STAFF.provinceAdmin,
    permissions: ['MANAGE_COMMUNES', 'MANAGE_API_KEYS'],
  },
} as const;

async function permissionsOf(email: string): Promise<string[]> {
  const token = await api.login(email);
  const r = await api.gql<{ viewer: { permissions: string[] } }>(
    '{ viewer { permissions } }',
    {},
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.viewer.permissions;
}

describe('Viewer.permissions', () => {
  for (const [role, { email, permissions }] of Object.entries(BY_ROLE)) {
    it(`tells the ${role} account what the API lets it do`, async () => {
      const got = await permissionsOf(email);
      expect([...got].sort()).toEqual([...permissions].sort());
    });
  }

  it('agrees with the rules the operations enforce: only READ_AUDIT_LOG opens the audit log', async () => {
    for (const { email, permissions } of Object.values(BY_ROLE)) {
      const token = await api.login(email);
      const r = await api.gql('{ auditLog(first: 1) { totalCount } }', {}, { token });
      const allowed = (permissions as readonly string[]).includes('READ_AUDIT_LOG');
      expect(r.errors?.[0]?.extensions?.code, email).toBe(allowed ? undefined : 'FORBIDDEN');
    }
  });

  it('grants nothing tied to a unit to a reception officer who has none', async () => {
    await api.sql('update staff_user set unit_id = null where email = $1', [TEST_STAFF.officerB]);
    expect(await permissionsOf(TEST_STAFF.officerB)).toEqual([]);
  });
});
