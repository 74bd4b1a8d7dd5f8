/**
 * The admin's navigation, grouped by job. Each role sees only the groups and links it can use
 * (the rules are those of $lib/roles; the pages and the API check again).
 */
import type { MessageKey } from '$lib/messages';
import {
  isCouncilMember,
  isHub,
  mayFileDataRequests,
  mayManageAccounts,
  mayManageApiKeys,
  mayManageWebhooks,
  mayManageCampaigns,
  mayManageOrganisation,
  mayRecordInPerson,
  mayManageCommunes,
  mayManageCommuneSettings,
  maySeeContent,
  mayActForUnit,
  mayDraftUnitNews,
  mayManageMovement,
  type PermissionHolder,
} from './roles';

/** What waits for the viewer, by link; absent when the API does not let the viewer count it. */
export interface NavCounts {
  overdue?: number;
  unassigned?: number;
  reviews?: number;
  disputes?: number;
  dataRequests?: number;
  dataRequestsOverdue?: number;
  /** Units' requests waiting for the hub's answer. */
  unitRequests?: number;
  /** Units' news drafts waiting for the commune's editor. */
  postsToApprove?: number;
}

export interface NavBadge {
  /** The number and what it counts, e.g. "3 quá hạn". */
  label: MessageKey;
  n: number;
  urgent?: boolean;
}

export interface NavLink {
  href: string;
  label: MessageKey;
  badges: NavBadge[];
}

export interface NavGroup {
  id: string;
  label: MessageKey;
  links: NavLink[];
}

const badge = (label: MessageKey, n: number | undefined, urgent = false): NavBadge[] =>
  n ? [{ label, n, urgent }] : [];

/** The groups a staff member with these permissions sees, with what waits for them. */
export function navFor(roles: PermissionHolder, counts: NavCounts = {}): NavGroup[] {
  const hub = isHub(roles);
  const content = maySeeContent(roles);
  const groups: { id: string; label: MessageKey; links: (NavLink & { show: boolean })[] }[] = [
    {
      id: 'intake',
      label: 'nav.group.intake',
      links: [
        {
          href: '/y-tuong',
          label: 'nav.inbox',
          show: true,
          badges: [
            ...badge('nav.count.overdue', counts.overdue, true),
            ...(hub ? badge('nav.count.unassigned', counts.unassigned) : []),
          ],
        },
        {
          href: '/tiep-nhan',
          label: 'nav.inPerson',
          show: mayRecordInPerson(roles),
          badges: [],
        },
        { href: '/nhap-y-tuong', label: 'nav.import', show: hub, badges: [] },
        { href: '/hop-thu-di', label: 'nav.outbox', show: hub, badges: [] },
      ],
    },
    {
      id: 'council',
      label: 'nav.group.council',
      links: [
        {
          href: '/danh-gia',
          label: 'nav.reviews',
          show: hub || isCouncilMember(roles),
          badges: badge('nav.count.toScore', counts.reviews),
        },
        { href: '/hoi-dong', label: 'nav.councils', show: hub, badges: [] },
      ],
    },
    {
      id: 'follow-up',
      label: 'nav.group.followUp',
      links: [{ href: '/khen-thuong', label: 'nav.awards', show: hub, badges: [] }],
    },
    {
      id: 'movement',
      label: 'nav.group.movement',
      links: [
        { href: '/don-vi-cua-toi', label: 'nav.myUnit', show: mayActForUnit(roles), badges: [] },
        { href: '/phong-trao', label: 'nav.dashboard', show: mayManageMovement(roles), badges: [] },
        {
          href: '/phong-trao/chi-tieu',
          label: 'nav.targets',
          show: mayManageMovement(roles),
          badges: [],
        },
        {
          href: '/phong-trao/bang-diem',
          label: 'nav.scoreboard',
          show: mayManageMovement(roles) || mayActForUnit(roles),
          badges: [],
        },
        {
          href: '/phong-trao/kien-nghi',
          label: 'nav.unitRequests',
          show: mayManageMovement(roles) || mayActForUnit(roles),
          badges: badge('nav.count.openRequests', counts.unitRequests, true),
        },
        { href: '/bao-cao', label: 'nav.reports', show: mayManageMovement(roles), badges: [] },
        { href: '/kinh-phi', label: 'nav.spending', show: mayManageMovement(roles), badges: [] },
        {
          href: '/bao-cao/don-vi',
          label: 'nav.unitReports',
          show: mayManageMovement(roles),
          badges: [],
        },
        {
          href: '/don-vi-cua-toi/bao-cao',
          label: 'nav.myUnitReport',
          show: mayActForUnit(roles) && !mayManageMovement(roles),
          badges: [],
        },
      ],
    },
    {
      id: 'content',
      label: 'nav.group.content',
      links: [
        {
          href: '/noi-dung',
          label: 'nav.posts',
          show: content || mayDraftUnitNews(roles),
          badges: badge('nav.count.toApprove', counts.postsToApprove),
        },
        { href: '/noi-dung/banner', label: 'nav.banners', show: content, badges: [] },
        { href: '/noi-dung/noi-bat', label: 'nav.featured', show: content, badges: [] },
        { href: '/thu-vien', label: 'nav.library', show: content, badges: [] },
      ],
    },
    {
      id: 'rights',
      label: 'nav.group.rights',
      links: [
        {
          href: '/tranh-chap',
          label: 'nav.disputes',
          show: hub,
          badges: badge('nav.count.open', counts.disputes),
        },
        { href: '/phan-anh', label: 'nav.feedback', show: hub, badges: [] },
        {
          href: '/yeu-cau-du-lieu',
          label: 'nav.dataRequests',
          show: mayFileDataRequests(roles),
          badges: [
            ...badge('nav.count.waiting', counts.dataRequests),
            ...badge('nav.count.overdue', counts.dataRequestsOverdue, true),
          ],
        },
        { href: '/nhat-ky', label: 'nav.audit', show: hub, badges: [] },
      ],
    },
    {
      id: 'setup',
      label: 'nav.group.setup',
      links: [
        {
          href: '/thiet-lap/don-vi',
          label: 'nav.units',
          show: mayManageOrganisation(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/diem-tiep-nhan',
          label: 'nav.receptionPoints',
          show: mayManageOrganisation(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/linh-vuc',
          label: 'nav.fields',
          show: mayManageCampaigns(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/nhom-doi-tuong',
          label: 'nav.participantGroups',
          show: mayManageCampaigns(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/dot-phat-dong',
          label: 'nav.campaigns',
          show: mayManageCampaigns(roles),
          badges: [],
        },
        { href: '/thiet-lap/khen-thuong', label: 'nav.awardSetup', show: hub, badges: [] },
        { href: '/thiet-lap/ngay-nghi', label: 'nav.holidays', show: hub, badges: [] },
        {
          href: '/thiet-lap/xa',
          label: 'nav.commune',
          show: mayManageCommuneSettings(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/mau-thong-bao',
          label: 'nav.messageTemplates',
          show: mayManageCommuneSettings(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/cac-xa',
          label: 'nav.communes',
          show: mayManageCommunes(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/tai-khoan',
          label: 'nav.accounts',
          show: mayManageAccounts(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/khoa-api',
          label: 'nav.apiKeys',
          show: mayManageApiKeys(roles),
          badges: [],
        },
        {
          href: '/thiet-lap/webhook',
          label: 'nav.webhooks',
          show: mayManageWebhooks(roles),
          badges: [],
        },
      ],
    },
  ];
  return groups
    .map((g) => ({
      id: g.id,
      label: g.label,
      links: g.links
        .filter((l) => l.show)
        .map(({ href, label, badges }) => ({ href, label, badges })),
    }))
    .filter((g) => g.links.length > 0);
}

/** The most specific link holding the current page (/noi-dung/banner is not /noi-dung). */
export function currentHref(groups: readonly NavGroup[], path: string): string | undefined {
  return groups
    .flatMap((g) => g.links)
    .filter((l) => path === l.href || path.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
