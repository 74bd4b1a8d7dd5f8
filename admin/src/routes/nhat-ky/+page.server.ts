import { AuditLogDocument, type AuditAction, type AuditWhereInput } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { AUDIT_ACTIONS } from '$lib/i18n';
import { parseDate, startOfDay } from '$lib/dates';
import { detailLines } from '$lib/audit';
import type { PageServerLoad } from './$types';
import { t } from '$lib/messages';

const PAGE_SIZE = 50;
const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const p = event.url.searchParams;
  const query = {
    action: p.get('hanh-dong') ?? '',
    idea: p.get('y-tuong')?.trim() ?? '',
    from: p.get('tu')?.trim() ?? '',
    to: p.get('den')?.trim() ?? '',
    after: p.get('sau') || null,
  };
  const errors: Record<string, string> = {};
  const where: AuditWhereInput = {};
  if (query.action) {
    if (AUDIT_ACTIONS.includes(query.action as AuditAction))
      where.actions = [query.action as AuditAction];
    else errors.action = t('server.audit.action');
  }
  if (query.idea) {
    const id = UUID_IN.exec(query.idea)?.[0];
    if (id) where.ideaId = id;
    else errors.idea = t('server.audit.idea');
  }
  const from = query.from ? parseDate(query.from) : null;
  const to = query.to ? parseDate(query.to) : null;
  if (query.from && !from) errors.from = t('server.form.badDate');
  if (query.to && !to) errors.to = t('server.form.badDate');
  // "Đến ngày" includes the whole day: the API's bound is exclusive.
  if (from) where.from = startOfDay(from).toISOString();
  if (to) where.to = startOfDay(to, 1).toISOString();
  if (from && to && startOfDay(from) > startOfDay(to)) errors.to = t('server.audit.range');
  if (Object.keys(errors).length) return { query, errors, log: null };
  const { auditLog } = await gql(event, AuditLogDocument, {
    where,
    first: PAGE_SIZE,
    after: query.after,
  });
  return {
    query,
    errors,
    log: {
      totalCount: auditLog.totalCount,
      pageInfo: auditLog.pageInfo,
      nodes: auditLog.nodes.map(({ details, ...entry }) => ({
        ...entry,
        details: detailLines(details),
      })),
    },
  };
};
