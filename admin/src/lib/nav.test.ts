import { describe, expect, it } from 'vitest';
import type { Permission } from '@khoi-nguon/schema/client';
import { currentHref, navFor } from './nav';
import { nextAction, tabOf, tabsFor } from './workspace';

const HUB: Permission[] = [
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
];

describe('admin navigation', () => {
  it('shows a reception officer only the groups of their work', () => {
    const groups = navFor(
      { permissions: ['RECORD_IN_PERSON', 'FILE_DATA_REQUESTS'] },
      { overdue: 2, unassigned: 5 },
    );
    expect(groups.map((g) => g.id)).toEqual(['intake', 'rights']);
    const inbox = groups[0]!.links[0]!;
    // Only the hub assigns ideas: the officer is not shown the unassigned count.
    expect(inbox.badges).toEqual([{ label: 'nav.count.overdue', n: 2, urgent: true }]);
  });

  it('shows the hub every group, and no badge for what does not wait', () => {
    const groups = navFor({ permissions: HUB }, { overdue: 0, disputes: 1 });
    expect(groups.map((g) => g.id)).toEqual([
      'intake',
      'council',
      'follow-up',
      'content',
      'rights',
      'setup',
    ]);
    expect(groups[0]!.links[0]!.badges).toEqual([]);
    expect(groups[4]!.links[0]!.badges).toEqual([{ label: 'nav.count.open', n: 1, urgent: false }]);
  });

  it('shows the accounts page under Settings only to those who manage accounts', () => {
    const admin = navFor({ permissions: [...HUB, 'EDIT_CONTENT', 'MANAGE_ACCOUNTS'] });
    const setup = admin.find((g) => g.id === 'setup')!;
    expect(setup.links.map((l) => l.href)).toContain('/thiet-lap/tai-khoan');
    const hub = navFor({ permissions: HUB }).find((g) => g.id === 'setup')!;
    expect(hub.links.map((l) => l.href)).not.toContain('/thiet-lap/tai-khoan');
  });

  it('shows the partners’ API keys under Settings to those who manage them, a province’s too', () => {
    const setup = (permissions: Permission[]) =>
      navFor({ permissions })
        .find((g) => g.id === 'setup')
        ?.links.map((l) => l.href) ?? [];
    expect(setup([...HUB, 'MANAGE_ACCOUNTS', 'MANAGE_API_KEYS'])).toContain('/thiet-lap/khoa-api');
    // A province's administrator: the communes and the province's keys.
    expect(setup(['MANAGE_COMMUNES', 'MANAGE_API_KEYS'])).toEqual([
      '/thiet-lap/cac-xa',
      '/thiet-lap/khoa-api',
    ]);
    // The permission opens the screen, not managing accounts.
    expect(setup([...HUB, 'MANAGE_ACCOUNTS'])).not.toContain('/thiet-lap/khoa-api');
    expect(setup(HUB)).not.toContain('/thiet-lap/khoa-api');
    expect(setup(['EDIT_CONTENT', 'SEE_CONTENT'])).not.toContain('/thiet-lap/khoa-api');
  });

  it('shows the partners’ webhooks next to the API keys, only to the administrators', () => {
    const setup = (permissions: Permission[]) =>
      navFor({ permissions })
        .find((g) => g.id === 'setup')
        ?.links.map((l) => l.href) ?? [];
    const admin = setup([...HUB, 'MANAGE_ACCOUNTS', 'MANAGE_API_KEYS']);
    expect(admin.indexOf('/thiet-lap/webhook')).toBe(admin.indexOf('/thiet-lap/khoa-api') + 1);
    expect(setup(HUB)).not.toContain('/thiet-lap/webhook');
    expect(setup(['EDIT_CONTENT', 'SEE_CONTENT'])).not.toContain('/thiet-lap/webhook');
  });

  it('shows the organisation screens only with their permissions', () => {
    const setup = (permissions: Permission[]) =>
      navFor({ permissions })
        .find((g) => g.id === 'setup')
        ?.links.map((l) => l.href) ?? [];
    expect(setup([...HUB, 'MANAGE_CAMPAIGNS', 'MANAGE_ORGANISATION'])).toEqual([
      '/thiet-lap/don-vi',
      '/thiet-lap/diem-tiep-nhan',
      '/thiet-lap/linh-vuc',
      '/thiet-lap/nhom-doi-tuong',
      '/thiet-lap/dot-phat-dong',
      '/thiet-lap/khen-thuong',
      '/thiet-lap/ngay-nghi',
    ]);
    expect(setup([...HUB, 'MANAGE_CAMPAIGNS'])).toEqual([
      '/thiet-lap/linh-vuc',
      '/thiet-lap/nhom-doi-tuong',
      '/thiet-lap/dot-phat-dong',
      '/thiet-lap/khen-thuong',
      '/thiet-lap/ngay-nghi',
    ]);
    expect(setup(['RECORD_IN_PERSON', 'FILE_DATA_REQUESTS'])).toEqual([]);
  });

  it('shows the movement screens to the hub, and a unit head their unit, scoreboard and requests', () => {
    const movement = (permissions: string[]) =>
      navFor({ permissions: permissions as never })
        .find((g) => g.id === 'movement')
        ?.links.map((l) => l.href) ?? [];
    expect(movement([...HUB, 'MANAGE_MOVEMENT'])).toEqual([
      '/phong-trao',
      '/phong-trao/chi-tieu',
      '/phong-trao/bang-diem',
      '/phong-trao/kien-nghi',
      '/bao-cao',
      '/kinh-phi',
      '/bao-cao/don-vi',
    ]);
    expect(movement(['FILE_DATA_REQUESTS', 'ACT_FOR_UNIT'])).toEqual([
      '/don-vi-cua-toi',
      '/phong-trao/bang-diem',
      '/phong-trao/kien-nghi',
      '/don-vi-cua-toi/bao-cao',
    ]);
    expect(movement(['RECORD_IN_PERSON'])).toEqual([]);
    const drafter = navFor({ permissions: ['DRAFT_UNIT_NEWS'] });
    expect(drafter.flatMap((g) => g.links.map((l) => l.href))).toEqual(['/y-tuong', '/noi-dung']);
  });

  it('marks the most specific link of the current page', () => {
    const groups = navFor({ permissions: [...HUB, 'EDIT_CONTENT'] });
    expect(currentHref(groups, '/noi-dung/banner')).toBe('/noi-dung/banner');
    expect(currentHref(groups, '/noi-dung/123')).toBe('/noi-dung');
    expect(currentHref(groups, '/y-tuong/abc/xu-ly')).toBe('/y-tuong');
  });
});

describe('idea workspace', () => {
  it('hides the workers-only tabs from a council member', () => {
    expect(tabsFor(false).map((t) => t.tab)).toEqual([
      'ho-so',
      'hoi-dong',
      'ho-tro',
      'khen-thuong',
      'lich-su',
    ]);
    expect(tabsFor(true)).toHaveLength(7);
  });

  it('knows the tab of a path', () => {
    expect(tabOf('/y-tuong/abc')).toBe('ho-so');
    expect(tabOf('/y-tuong/abc/tac-gia')).toBe('tac-gia');
  });

  it('points the next action to the tab where it is done, when the viewer may do it', () => {
    expect(nextAction('SUBMITTED', ['ACCEPTED'], true)).toEqual({
      label: 'idea.next.classify',
      tab: 'xu-ly',
    });
    expect(nextAction('SUBMITTED', [], false).tab).toBeNull();
    expect(nextAction('PILOTING', [], true).tab).toBe('ho-tro');
    expect(nextAction('UNDER_REVIEW', [], false).tab).toBe('hoi-dong');
  });
});
