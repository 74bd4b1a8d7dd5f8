/**
 * Presentation helpers of authors' rights (§III.6) on the idea page: contribution shares and their
 * running total, where a co-author stands with their confirmation, and the history of consents.
 * The API decides; these only tell the staff member early and say it the same way.
 */
import { formatDate } from '@khoi-nguon/schema/client';
import type { ConsentChannel, ConsentGiver, ConsentKind } from '$lib/gql/graphql';

/** A share typed into a form: a whole number of per cent from 0 to 100, or null. */
export function parseShare(text: string | null | undefined): number | null {
  const s = (text ?? '').trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= 100 ? n : null;
}

/** The sum of the shares typed so far (blank or unreadable ones count as 0). */
export function shareTotal(shares: readonly (string | number | null | undefined)[]): number {
  return shares.reduce<number>((sum, s) => {
    const n = typeof s === 'number' ? s : parseShare(s);
    return sum + (n ?? 0);
  }, 0);
}

/** Why the shares cannot be saved (the API says the same), or null when they can. */
export function shareProblem(
  shares: readonly (string | number | null | undefined)[],
): string | null {
  for (const s of shares) {
    const n = typeof s === 'number' ? s : parseShare(s);
    if (n === null || n < 1)
      return 'Tỷ lệ đóng góp của mỗi tác giả phải là số nguyên từ 1 đến 100 %.';
  }
  const total = shareTotal(shares);
  return total === 100
    ? null
    : `Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là ${total} %).`;
}

export type AuthorStanding = 'confirmed' | 'declined' | 'invited' | 'expired' | 'in-person';

export interface AuthorLike {
  confirmed: boolean;
  declined: boolean;
  invitationPending: boolean;
  invitationExpiresAt: string | null;
}

/**
 * Where an author stands: confirmed, declined, invited (until when), or to confirm in person.
 * `now` is the API's time (an invitation expires on the API's clock).
 */
export function authorStanding(a: AuthorLike, now: Date): { key: AuthorStanding; label: string } {
  if (a.declined) return { key: 'declined', label: 'Đã từ chối' };
  if (a.confirmed) return { key: 'confirmed', label: 'Đã xác nhận' };
  if (a.invitationPending && a.invitationExpiresAt) {
    const expires = new Date(a.invitationExpiresAt);
    return expires.getTime() < now.getTime()
      ? { key: 'expired', label: `Liên kết mời đã hết hạn ngày ${formatDate(expires)}` }
      : {
          key: 'invited',
          label: `Đã mời, chờ xác nhận (liên kết hết hạn ${formatDate(expires)})`,
        };
  }
  if (a.invitationPending) return { key: 'invited', label: 'Đã mời, chờ xác nhận' };
  return { key: 'in-person', label: 'Chờ xác nhận trực tiếp (chưa có liên kết mời)' };
}

export interface ConsentRecordLike {
  kind: ConsentKind;
  givenBy: ConsentGiver;
  givenAt: string;
  withdrawnAt: string | null;
  noticeVersion: number;
  channel: ConsentChannel;
}

export interface ConsentEvent {
  kind: ConsentKind;
  /** true: given; false: withdrawn. */
  given: boolean;
  at: string;
  givenBy: ConsentGiver;
  noticeVersion: number;
  channel: ConsentChannel;
}

/**
 * The consents of one author as a history, newest first: each record is a consent given, and a
 * withdrawal when it was withdrawn (the record keeps the notice version and how it was given).
 */
export function consentEvents(
  records: readonly ConsentRecordLike[],
  kind?: ConsentKind,
): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const r of records) {
    if (kind && r.kind !== kind) continue;
    const base = {
      kind: r.kind,
      givenBy: r.givenBy,
      noticeVersion: r.noticeVersion,
      channel: r.channel,
    };
    events.push({ ...base, given: true, at: r.givenAt });
    if (r.withdrawnAt) events.push({ ...base, given: false, at: r.withdrawnAt });
  }
  return events.sort((a, b) => b.at.localeCompare(a.at) || Number(a.given) - Number(b.given));
}

/** Open disputes of an idea other than `disputeId`: none left means the hub sets the status. */
export function isLastOpenDispute(
  disputes: readonly { id: string; ideaId: string; status: string }[],
  dispute: { id: string; ideaId: string },
): boolean {
  return !disputes.some(
    (d) => d.ideaId === dispute.ideaId && d.id !== dispute.id && d.status === 'OPEN',
  );
}
