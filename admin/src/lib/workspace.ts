/**
 * The idea workspace (/y-tuong/[id]): its tabs, which of them a viewer may open, and the next
 * action the header points to. The API owns the state machine; this only decides where each task
 * is done.
 */
import type { IdeaStatus } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/messages';

export type IdeaTab =
  'ho-so' | 'xu-ly' | 'tac-gia' | 'hoi-dong' | 'ho-tro' | 'khen-thuong' | 'lich-su';

interface TabDef {
  tab: IdeaTab;
  label: MessageKey;
  /** Only staff working on the idea (its unit, the hub, its support expert) see the tab. */
  workersOnly?: boolean;
}

const TABS: readonly TabDef[] = [
  { tab: 'ho-so', label: 'idea.tab.dossier' },
  { tab: 'xu-ly', label: 'idea.tab.triage', workersOnly: true },
  { tab: 'tac-gia', label: 'idea.tab.authors', workersOnly: true },
  { tab: 'hoi-dong', label: 'idea.tab.council' },
  { tab: 'ho-tro', label: 'idea.tab.support' },
  { tab: 'khen-thuong', label: 'idea.tab.honour' },
  { tab: 'lich-su', label: 'idea.tab.history' },
];

/** The address of a tab; Hồ sơ is the idea's own address. */
export function tabHref(ideaId: string, tab: IdeaTab): string {
  return tab === 'ho-so' ? `/y-tuong/${ideaId}` : `/y-tuong/${ideaId}/${tab}`;
}

/** The tabs a viewer sees, in order. */
export function tabsFor(worksOnIt: boolean): readonly TabDef[] {
  return TABS.filter((t) => worksOnIt || !t.workersOnly);
}

/** The tab a path of the workspace shows (`/y-tuong/<id>/ho-tro` → ho-tro). */
export function tabOf(path: string): IdeaTab {
  const last = /^\/y-tuong\/[^/]+\/([^/]+)/.exec(path)?.[1];
  return TABS.find((t) => t.tab === last)?.tab ?? 'ho-so';
}

export interface NextAction {
  label: MessageKey;
  /** Where it is done, when the viewer may do it. */
  tab: IdeaTab | null;
}

/**
 * What the idea waits for at its stage, and the tab where it is done when the viewer may act:
 * decisions (`nextStatuses` not empty) are taken on Xử lý; the support plan, a running pilot and
 * adoptions are worked on Hỗ trợ & thử nghiệm; the council's review on Hội đồng.
 */
export function nextAction(
  status: IdeaStatus,
  nextStatuses: readonly IdeaStatus[],
  worksOnIt: boolean,
): NextAction {
  const decides = nextStatuses.length > 0;
  const work = (tab: IdeaTab) => (worksOnIt ? tab : null);
  switch (status) {
    case 'SUBMITTED':
      return { label: 'idea.next.classify', tab: decides ? 'xu-ly' : null };
    case 'NEEDS_INFO':
      return { label: 'idea.next.waitAuthor', tab: decides ? 'xu-ly' : null };
    case 'ACCEPTED':
      return { label: 'idea.next.route', tab: decides ? 'xu-ly' : null };
    case 'IN_SUPPORT':
      return { label: 'idea.next.support', tab: work('ho-tro') };
    case 'UNDER_REVIEW':
      return { label: 'idea.next.review', tab: 'hoi-dong' };
    case 'RECOMMENDED':
      return { label: 'idea.next.pilot', tab: decides ? 'xu-ly' : null };
    case 'PILOTING':
      return { label: 'idea.next.followPilot', tab: work('ho-tro') };
    case 'APPLIED':
    case 'SCALED':
      return { label: 'idea.next.adoption', tab: work('ho-tro') };
    default:
      return { label: 'idea.next.none', tab: decides ? 'xu-ly' : null };
  }
}
