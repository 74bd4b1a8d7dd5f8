import {
  AccountUnitsDocument,
  InviteStaffDocument,
  SetRequireTwoFactorForAdminsDocument,
  StaffAccountsDocument,
  type AccountStatus,
  type InvitationMethod,
  type Role,
  type StaffAccountWhereInput,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireAccountManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf, textsOf } from '$lib/server/forms';
import { ACCOUNT_STATUSES, ROLES } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;
const METHODS: InvitationMethod[] = ['EMAIL_LINK', 'PRINTED_CODE'];

export const load: PageServerLoad = async (event) => {
  requireAccountManager(event.locals);
  const p = event.url.searchParams;
  const query = {
    q: p.get('q')?.trim() ?? '',
    role: oneOf(p.get('vai-tro'), ROLES) ?? '',
    unit: p.get('don-vi') ?? '',
    status: oneOf(p.get('trang-thai'), ACCOUNT_STATUSES) ?? '',
    after: p.get('sau') || null,
  };
  const where: StaffAccountWhereInput = {
    search: query.q || null,
    roles: query.role ? [query.role as Role] : null,
    unitId: query.unit || null,
    status: (query.status as AccountStatus) || null,
  };
  const [{ staffAccounts }, { units, viewer }] = await Promise.all([
    gql(event, StaffAccountsDocument, { where, first: PAGE_SIZE, after: query.after }),
    gql(event, AccountUnitsDocument, {}),
  ]);
  return {
    query,
    accounts: staffAccounts,
    units,
    requireTwoFactor: viewer?.tenant.requireTwoFactorForAdmins ?? false,
  };
};

export const actions: Actions = {
  /** Invites a staff member: an emailed link, or a printed code shown once on this page. */
  invite: async (event) => {
    requireAccountManager(event.locals);
    const data = await event.request.formData();
    const values = {
      method: oneOf(textOf(data, 'method'), METHODS) ?? '',
      email: textOf(data, 'email'),
      fullName: textOf(data, 'fullName'),
      roles: textsOf(data, 'roles').filter((r): r is Role => ROLES.includes(r as Role)),
      unitId: textOf(data, 'unitId'),
    };
    if (!values.method) return localFailure('invite', { method: 'Chọn cách gửi lời mời.' }, values);
    try {
      const { inviteStaff } = await gql(event, InviteStaffDocument, {
        input: {
          method: values.method as InvitationMethod,
          email: values.email || null,
          fullName: values.fullName,
          roles: values.roles,
          unitId: values.unitId || null,
        },
      });
      return {
        form: 'invite',
        message:
          inviteStaff.method === 'EMAIL_LINK'
            ? `Đã gửi lời mời tới ${inviteStaff.user.email}.`
            : `Đã tạo mã mời cho ${inviteStaff.user.fullName}. Hãy in và trao tận tay: mã chỉ hiển thị một lần.`,
        invitation: inviteStaff,
      };
    } catch (err) {
      return apiFailure(err, 'invite', values, event.url.pathname);
    }
  },

  twoFactor: async (event) => {
    requireAccountManager(event.locals);
    const required = textOf(await event.request.formData(), 'required') === 'true';
    try {
      await gql(event, SetRequireTwoFactorForAdminsDocument, { required });
      return {
        form: 'twoFactor',
        message: required
          ? 'Từ nay Quản trị và Phòng Văn hóa – Xã hội phải dùng xác thực hai bước.'
          : 'Đã thôi bắt buộc xác thực hai bước.',
      };
    } catch (err) {
      return apiFailure(err, 'twoFactor', {}, event.url.pathname);
    }
  },
};
