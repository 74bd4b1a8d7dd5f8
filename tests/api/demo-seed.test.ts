/**
 * The demo data follows the day it is loaded: whenever `npm start` first runs, nothing of the
 * demo's history lies in the future and the campaign (2026–2030) is in the phase of that day.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  DEMO_PROVINCE_ADMIN,
  DEMO_STAFF,
  ensureDatabase,
  prepareDatabase,
} from '@khoi-nguon/api/testing';
import { dropDatabase, startTestApi, TestClock } from '../helpers/api.js';

const created: string[] = [];
afterAll(async () => {
  for (const url of created) await dropDatabase(url);
});

async function seededOn(now: Date): Promise<string> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `kn_t_demo_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  created.push(url);
  await prepareDatabase(url, { demo: true, now });
  return url;
}

/** Columns that hold what is planned, not what happened: deadlines, schedules, expiries. */
const FUTURE_BY_DESIGN = new Set([
  'authorship.invitation_expires_at',
  'campaign.ends_on',
  'campaign_phase.ends_on',
  'campaign_phase.starts_on',
  'council.term_end',
  'data_request.due_at',
  'handling_feedback.due_at',
  'idea.step_due_at',
  'job.run_at',
  'pilot.ends_on',
  'unit_request.due_on',
  'unit_report.due_on',
  'post.scheduled_at',
  'public_holiday.day',
  'review.due_at',
  'session.expires_at',
]);

describe('the demo data', () => {
  // Today (records made while seeding carry the real time), and a later first start.
  for (const [label, now] of [
    ['today', new Date().toISOString()],
    ['in 2029', '2029-03-10T23:30:00.000Z'],
  ] as const) {
    it(`has nothing of its history after the day it is seeded (${label})`, async () => {
      const at = new Date(now);
      const databaseUrl = await seededOn(at);
      // Records made while seeding (the commune, its settings) carry the real time of the seed.
      const seeded = new Date(Math.max(at.getTime(), Date.now()));
      const api = await startTestApi({
        databaseUrl,
        clock: new TestClock(at),
        config: { runJobs: false },
      });
      try {
        const columns = await api.sql<{ t: string; c: string }>(
          `select table_name as t, column_name as c from information_schema.columns
            where table_schema = current_schema()
              and data_type in ('timestamp with time zone', 'date', 'timestamp without time zone')`,
        );
        const future: string[] = [];
        for (const { t, c } of columns) {
          if (FUTURE_BY_DESIGN.has(`${t}.${c}`)) continue;
          const [row] = await api.sql(
            `select count(*)::int as n, max("${c}")::text as latest from "${t}" where "${c}" > $1`,
            [c.endsWith('_on') || c === 'day' ? now.slice(0, 10) : seeded],
          );
          if (row.n) future.push(`${t}.${c}: ${row.n} after ${now} (latest ${row.latest})`);
        }
        expect(future).toEqual([]);

        // Its history is there: ideas received, answered, honoured, a pilot under way.
        const [counts] = await api.sql(
          `select (select count(*)::int from idea) as ideas,
                  (select count(*)::int from idea where honoured_at is not null) as honoured,
                  (select count(*)::int from pilot where status = 'RUNNING') as running,
                  (select min(received_at) >= '2026-05-15T01:00:00Z' from idea) as after_launch`,
        );
        expect(counts).toMatchObject({ honoured: expect.any(Number), after_launch: true });
        expect(counts.ideas).toBeGreaterThan(20);
        expect(counts.honoured).toBeGreaterThan(0);
        expect(counts.running).toBeGreaterThan(0);
        // A pilot is reported only once it has ended; a running one ends later.
        const pilots = await api.sql(
          `select status, ends_on::text, reported_at from pilot order by status`,
        );
        for (const p of pilots) {
          if (p.status === 'REPORTED')
            expect(p.ends_on <= p.reported_at.toISOString().slice(0, 10)).toBe(true);
          else expect(p.ends_on > now.slice(0, 10)).toBe(true);
        }

        // The campaign keeps its 2026–2030 dates and is in the phase of the day.
        const c = await api.gql('{ currentCampaign { startsOn endsOn currentPhase { kind } } }');
        expect(c.data!.currentCampaign).toMatchObject({
          startsOn: '2026-05-01',
          endsOn: '2030-12-31',
        });
        const phase = now < '2028' ? 'ROLLOUT' : now < '2029' ? 'MIDTERM_REVIEW' : null;
        expect(c.data!.currentCampaign.currentPhase?.kind ?? null).toBe(phase);
      } finally {
        await api.close();
      }
    });
  }

  it('gives every village a reception point at its cultural house, and the officers their points', async () => {
    const at = new Date();
    const api = await startTestApi({
      databaseUrl: await seededOn(at),
      clock: new TestClock(at),
      config: { runJobs: false },
    });
    try {
      const villages = await api.sql(
        `select u.name, rp.name as point, rp.opening_hours from unit u
           left join reception_point rp on rp.unit_id = u.id and rp.active
          where u.kind = 'VILLAGE' order by u.name`,
      );
      expect(villages).toHaveLength(37);
      for (const v of villages) {
        expect(v.point).toBe(`Nhà văn hóa ${v.name.replace(/^Thôn/, 'thôn')}`);
        expect(v.opening_hours).toBeTruthy();
      }
      const officers = await api.sql(
        `select s.email, rp.name from reception_point_officer o
           join staff_user s on s.id = o.staff_user_id
           join reception_point rp on rp.id = o.reception_point_id order by s.email`,
      );
      expect(officers).toEqual([
        { email: 'tiepnhan.donglac@nhuthanh.example', name: 'Nhà văn hóa thôn Đồng Lạc' },
        {
          email: 'tiepnhan.motcua@nhuthanh.example',
          name: 'Bộ phận Một cửa – Trung tâm Phục vụ hành chính công',
        },
      ]);
      const r = await api.gql(
        '{ transparencyStats { receptionCoverage { villages villagesWithPoint villagesStaffed } } }',
      );
      expect(r.data!.transparencyStats.receptionCoverage).toEqual({
        villages: 37,
        villagesWithPoint: 37,
        villagesStaffed: 1,
      });
    } finally {
      await api.close();
    }
  });

  it('has its accounts listed in the README, as `npm start` prints them', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('Demo accounts'),
      readme.indexOf('## Configuration'),
    );
    const listed = [...section.matchAll(/`([^`\s@]+@[^`\s@]+\.[a-z]+)`/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...DEMO_STAFF, DEMO_PROVINCE_ADMIN].map((s) => s.email).sort());
  });
});
