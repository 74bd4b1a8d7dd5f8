import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('migrations', () => {
  it('leave nothing for the ORM to change: entities and committed migrations agree', async () => {
    const sql = await api.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
    const statements = sql
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      // Indexes on pure link tables, which have no entity to declare them on.
      .filter(
        (s) =>
          !/^drop index "(idea_field|campaign_field|council_field)_field_id_index|award_idea_idea_id_index|post_tag_tag_id_index|reception_point_officer_staff_user_id_index"$/.test(
            s,
          ),
      );
    expect(statements).toEqual([]);
  });

  it('enable unaccent and pg_trgm and an immutable accent-folding function', async () => {
    const ext = await api.sql(
      `select extname from pg_extension where extname in ('unaccent', 'pg_trgm') order by 1`,
    );
    expect(ext.map((e) => e.extname)).toEqual(['pg_trgm', 'unaccent']);
    const [f] = await api.sql(
      `select kn_unaccent('Ý TƯỞNG SỐ HÓA Đường Hoá') as v, provolatile from pg_proc where proname = 'kn_unaccent'`,
    );
    expect(f).toEqual({ v: 'y tuong so hoa duong hoa', provolatile: 'i' });
  });

  it('give every tenant-owned table a tenant column', async () => {
    const rows = await api.sql(`
      select t.table_name from information_schema.tables t
       where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
         and t.table_name not in ('tenant', 'mikro_orm_migrations', 'session', 'idea_field', 'campaign_field', 'council_field', 'award_idea', 'post_tag', 'login_rate_limit', 'rate_limit', 'reception_point_officer')
         and not exists (select 1 from information_schema.columns c
                          where c.table_name = t.table_name and c.column_name = 'tenant_id')`);
    expect(rows).toEqual([]);
  });
});
