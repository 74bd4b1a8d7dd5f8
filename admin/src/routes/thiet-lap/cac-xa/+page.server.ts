import {
  CommuneCandidatesDocument,
  CreateCommuneTenantDocument,
  ProvinceOverviewDocument,
  ResumeCommuneDocument,
  SuspendCommuneDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireProvinceAdmin } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { metricOf } from '$lib/communes';
import { formatDateTime } from '@khoi-nguon/schema/client';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireProvinceAdmin(event.locals);
  const search = (event.url.searchParams.get('q') ?? '').trim();
  const metric = metricOf(event.url.searchParams.get('chiso'));
  const [{ provinceOverview }, { communeCandidates }] = await Promise.all([
    gql(event, ProvinceOverviewDocument),
    gql(event, CommuneCandidatesDocument, { search: search || null, first: 200 }),
  ]);
  return { overview: provinceOverview, candidates: communeCandidates, search, metric };
};

export const actions: Actions = {
  create: async (event) => {
    requireProvinceAdmin(event.locals);
    const data = await event.request.formData();
    const values = {
      code: textOf(data, 'code'),
      fullName: textOf(data, 'fullName'),
      email: textOf(data, 'email'),
    };
    const errors: Record<string, string> = {};
    if (!values.code) errors.code = 'Vui lòng chọn một xã, phường trong danh sách.';
    if (!values.fullName) errors['firstAdmin.fullName'] = 'Vui lòng nhập họ tên quản trị viên.';
    if (!values.email) errors['firstAdmin.email'] = 'Vui lòng nhập email.';
    if (Object.keys(errors).length) return localFailure('create', errors, values);
    try {
      const { createCommuneTenant } = await gql(event, CreateCommuneTenantDocument, {
        code: values.code,
        firstAdmin: { fullName: values.fullName, email: values.email },
      });
      const { tenant, invitedEmail, invitationExpiresAt } = createCommuneTenant;
      return {
        form: 'create',
        message: `Đã tạo ${tenant.name} (mã ${tenant.code}). Đã gửi lời mời quản trị viên tới ${invitedEmail}, hết hạn lúc ${formatDateTime(invitationExpiresAt)}.`,
      };
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
  },

  /** Suspends (with a reason) or resumes one commune of the province. */
  status: async (event) => {
    requireProvinceAdmin(event.locals);
    const data = await event.request.formData();
    const values = {
      code: textOf(data, 'code'),
      reason: textOf(data, 'reason'),
      suspend: textOf(data, 'suspend') === 'true',
    };
    if (values.suspend && !values.reason)
      return localFailure('status', { reason: t('communes.reasonRequired') }, values);
    try {
      const tenant = values.suspend
        ? (
            await gql(event, SuspendCommuneDocument, {
              code: values.code,
              reason: values.reason,
            })
          ).suspendCommune
        : (await gql(event, ResumeCommuneDocument, { code: values.code })).resumeCommune;
      return {
        form: 'status',
        message: t(values.suspend ? 'communes.suspendedDone' : 'communes.resumedDone', {
          name: tenant.name,
        }),
        values: { code: tenant.code },
      };
    } catch (err) {
      return apiFailure(err, 'status', values, event.url.pathname);
    }
  },
};
