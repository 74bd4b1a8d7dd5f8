import type { Context } from '../context.js';
import { ForbiddenError } from '../common/errors.js';
import { administrativeDate } from '../common/text.js';
import { seesWholeTenant } from '../common/access.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { documentFrame } from '../tenant/tenant.service.js';
import type { StaffUser } from '../auth/staff-user.entity.js';
import type { AdminDocument } from '../documents/admin.document.js';
import {
  COUNCIL_ROLE_LABEL,
  CONCLUSION_LABEL,
  CouncilRole,
  ReviewStatus,
  VoteChoice,
} from './council.enums.js';
import { loadReview, mayReadOthersScores, resultOf, type LoadedReview } from './review.service.js';

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);

function nameOf(r: LoadedReview, memberId: string): string {
  const m = r.members.find((x) => x.id === memberId)!;
  return (m.user.getEntity() as StaffUser).fullName;
}

async function frame(ctx: Context, r: LoadedReview) {
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: ctx.tenant.id });
  const { authority, place, chairmanTitle } = documentFrame(tenant);
  const date = r.review.concludedAt ?? ctx.clock.now();
  return {
    chairmanTitle,
    authority: authority.toUpperCase(),
    body: 'HỘI ĐỒNG TƯ VẤN',
    placeDate: administrativeDate(place, date),
    number: `Số: ${r.council.decisionNumber.split('/')[0]}/BB-HĐTV`,
  };
}

/** Biên bản họp Hội đồng tư vấn. */
export async function minutesDocument(
  ctx: Context,
  reviewId: string,
): Promise<{ doc: AdminDocument; name: string }> {
  const r = await loadReview(ctx.em, ctx, reviewId);
  // The minutes hold everyone's scores: a member reads them as the result, once their own sheet
  // is in (or the review is concluded), never before — and a recused member not at all.
  if (
    !mayReadOthersScores(ctx, r) &&
    !(r.review.status === ReviewStatus.CONCLUDED && r.mine?.conflict === false)
  )
    throw new ForbiddenError(
      'Biên bản có điểm của các thành viên: xem được sau khi bạn nộp phiếu chấm.',
    );
  const res = resultOf(r);
  const { chairmanTitle, ...f } = await frame(ctx, r);
  const present = r.participants.filter((p) => p.conflict === false);
  const recused = r.participants.filter((p) => p.conflict === true);
  const chair = r.members.find((m) => m.role === CouncilRole.CHAIR);
  const secretary = r.members.find((m) => m.role === CouncilRole.SECRETARY);
  const draft = r.review.status !== ReviewStatus.CONCLUDED;
  const voteLabel = {
    [VoteChoice.FOR]: 'tán thành',
    [VoteChoice.AGAINST]: 'không tán thành',
    [VoteChoice.ABSTAIN]: 'không biểu quyết',
  };
  const doc: AdminDocument = {
    ...f,
    title: draft ? 'BIÊN BẢN (DỰ THẢO)' : 'BIÊN BẢN',
    subtitle: `Họp ${r.council.name} đánh giá ý tưởng "${r.idea.title}"`,
    blocks: [
      {
        kind: 'para',
        indent: true,
        text:
          `Căn cứ Quyết định số ${r.council.decisionNumber} ngày ${r.council.decisionDate.split('-').reverse().join('/')} của ${r.council.signer} ` +
          `về việc thành lập ${r.council.name}; Hội đồng họp đánh giá ý tưởng "${r.idea.title}" (mã ${r.idea.trackingCode}).`,
      },
      { kind: 'heading', text: 'I. THÀNH PHẦN' },
      ...r.members.map((m) => ({
        kind: 'para' as const,
        text: `- ${(m.user.getEntity() as StaffUser).fullName}, ${m.title} — ${COUNCIL_ROLE_LABEL[m.role]}${
          recused.some((p) => p.member.id === m.id)
            ? ' (kê khai có xung đột lợi ích, không tham gia chấm điểm)'
            : ''
        }.`,
      })),
      {
        kind: 'para',
        text: `Số thành viên tham gia chấm điểm: ${res.submitted}/${res.members}; số tối thiểu theo quy chế: ${res.quorum} (${res.quorumReached ? 'đạt' : 'chưa đạt'}).`,
      },
      { kind: 'heading', text: 'II. KẾT QUẢ CHẤM ĐIỂM' },
      {
        kind: 'table',
        table: {
          headers: [
            'Tiêu chí',
            'Trọng số',
            'Thang điểm',
            'Điểm bình quân',
            'Thấp nhất – cao nhất',
            'Độ lệch chuẩn',
          ],
          widths: [34, 11, 11, 14, 16, 14],
          rows: res.criteria.map((c) => [
            c.criterion.name,
            fmt(c.criterion.weight),
            String(c.criterion.scaleMax),
            fmt(c.mean),
            c.min === null ? '—' : `${fmt(c.min)} – ${fmt(c.max)}`,
            fmt(c.stddev),
          ]),
        },
      },
      {
        kind: 'para',
        text: `Điểm bình quân có trọng số: ${fmt(res.score)}/100 (ngưỡng đề xuất thử nghiệm: ${fmt(res.threshold)}).`,
      },
      {
        kind: 'para',
        text:
          `Biểu quyết: ${res.votesFor} tán thành, ${res.votesAgainst} không tán thành, ${res.abstentions} không biểu quyết ` +
          `trên ${res.eligible} thành viên có quyền biểu quyết (${res.votePasses ? 'đạt' : 'không đạt'} tỷ lệ từ 2/3 trở lên).`,
      },
      ...present
        .filter((p) => p.vote)
        .map((p) => ({
          kind: 'para' as const,
          text: `- ${nameOf(r, p.member.id)}: ${voteLabel[p.vote!]}.`,
        })),
      { kind: 'heading', text: 'III. KẾT LUẬN' },
      {
        kind: 'para',
        indent: true,
        text: r.review.conclusion
          ? `Hội đồng kết luận: ${CONCLUSION_LABEL[r.review.conclusion]}. Lý do: ${r.review.reasons ?? ''}`
          : 'Hội đồng chưa kết luận.',
      },
      {
        kind: 'para',
        italic: true,
        text: `Hội đồng làm việc với tính chất tư vấn; kết luận là căn cứ để ${chairmanTitle} xem xét, quyết định.`,
      },
    ],
    signatures: [
      { role: 'Thư ký', name: secretary ? (secretary.user.getEntity() as StaffUser).fullName : '' },
      {
        role: 'Chủ tịch Hội đồng',
        name: chair ? (chair.user.getEntity() as StaffUser).fullName : '',
      },
    ],
    recipients: [
      `${chairmanTitle} (b/c)`,
      'Phòng Văn hóa – Xã hội',
      'Các thành viên Hội đồng',
      'Lưu: VT, HĐTV',
    ],
  };
  return { doc, name: `bien-ban-hoi-dong-${r.idea.trackingCode}` };
}

/** Phiếu chấm điểm of one member. */
export async function sheetDocument(
  ctx: Context,
  reviewId: string,
  memberId: string,
): Promise<{ doc: AdminDocument; name: string }> {
  const r = await loadReview(ctx.em, ctx, reviewId);
  const member = r.members.find((m) => m.id === memberId);
  if (!member) throw new ForbiddenError('Không có thành viên này trong Hội đồng.');
  // The chair and the secretary keep the council's papers, but read another member's scores only
  // once they may see them on screen (after their own sheet is in, or after the conclusion).
  const mayRead =
    seesWholeTenant(ctx.viewer) ||
    r.me?.id === member.id ||
    ((r.me?.role === CouncilRole.CHAIR || r.me?.role === CouncilRole.SECRETARY) &&
      (mayReadOthersScores(ctx, r) || r.review.status === ReviewStatus.CONCLUDED));
  if (!mayRead) throw new ForbiddenError('Bạn chỉ được xuất phiếu chấm của mình.');
  const p = r.participants.find((x) => x.member.id === member.id)!;
  const scores = r.scores.filter((s) => s.member.id === member.id);
  const { chairmanTitle: _chairman, ...f } = await frame(ctx, r);
  const total = r.criteria.reduce((a, c) => a + c.weight, 0);
  const weighted = r.criteria.every((c) => scores.some((s) => s.criterion.id === c.id))
    ? (r.criteria.reduce(
        (a, c) => a + c.weight * (scores.find((s) => s.criterion.id === c.id)!.value / c.scaleMax),
        0,
      ) /
        total) *
      100
    : null;
  const name = (member.user.getEntity() as StaffUser).fullName;
  const doc: AdminDocument = {
    ...f,
    title: 'PHIẾU CHẤM ĐIỂM',
    subtitle: `Ý tưởng "${r.idea.title}" (mã ${r.idea.trackingCode})`,
    blocks: [
      { kind: 'para', text: `Họ và tên thành viên: ${name}` },
      {
        kind: 'para',
        text: `Chức vụ, đơn vị: ${member.title} — ${COUNCIL_ROLE_LABEL[member.role]}`,
      },
      {
        kind: 'para',
        italic: true,
        text:
          p.conflict === true
            ? `Kê khai xung đột lợi ích: có (${p.conflictNote ?? ''}); thành viên không tham gia chấm điểm ý tưởng này.`
            : p.conflict === false
              ? 'Kê khai xung đột lợi ích: tôi cam đoan không có quan hệ lợi ích với tác giả và ý tưởng được chấm.'
              : 'Chưa kê khai xung đột lợi ích.',
      },
      {
        kind: 'table',
        table: {
          headers: ['Tiêu chí', 'Trọng số', 'Thang điểm', 'Điểm', 'Nhận xét'],
          widths: [30, 10, 11, 9, 40],
          rows: r.criteria.map((c) => {
            const s = scores.find((x) => x.criterion.id === c.id);
            return [
              c.name,
              fmt(c.weight),
              String(c.scaleMax),
              s ? fmt(s.value) : '—',
              s?.comment ?? '',
            ];
          }),
        },
      },
      { kind: 'para', text: `Điểm quy đổi có trọng số: ${fmt(weighted)}/100.` },
      { kind: 'para', text: p.submittedAt ? 'Phiếu đã nộp.' : 'Phiếu chưa nộp.', italic: true },
    ],
    signatures: [{ role: 'Người chấm', name }],
    recipients: ['Thư ký Hội đồng', 'Lưu: HĐTV'],
  };
  return { doc, name: `phieu-cham-${r.idea.trackingCode}-${memberId.slice(0, 8)}` };
}
