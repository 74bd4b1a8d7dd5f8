import { error } from '@sveltejs/kit';
import {
  AccountUnitsDocument,
  DisableStaffAccountDocument,
  EnableStaffAccountDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  StaffAccountDocument,
  UpdateStaffAccountDocument,
  type InvitationMethod,
  type Role,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireAccountManager } from '$lib/server/access';
import { apiFailure, oneOf, textOf, textsOf } from '$lib/server/forms';
import { ROLES } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** The word the disabling's confirmation sends: nothing is disabled without it. */
const DISABLE_CONFIRMATION = 'khoa-tai-khoan';

export const load: PageServerLoad = async (event) => {
  requireAccountManager(event.locals);
  const [{ staffAccount }, { units }] = await Promise.all([
    gql(event, StaffAccountDocument, { id: event.params.id }),
    gql(event, AccountUnitsDocument, {}),
  ]);
  if (!staffAccount) error(404, { message: 'Không tìm thấy tài khoản.', code: 'NOT_FOUND' });
  return { account: staffAccount, units, self: staffAccount.id === event.locals.viewer?.id };
};

export const actions: Actions = {
  update: async (event) => {
    requireAccountManager(event.locals);
    const data = await event.request.formData();
    const values = {
      fullName: textOf(data, 'fullName'),
      roles: textsOf(data, 'roles').filter((r): r is Role => ROLES.includes(r as Role)),
      unitId: textOf(data, 'unitId'),
    };
    try {
      await gql(event, UpdateStaffAccountDocument, {
        id: event.params.id,
        input: { ...values, unitId: values.unitId || null },
      });
      return { form: 'update', message: 'Đã lưu tài khoản.' };
    } catch (err) {
      return apiFailure(err, 'update', values, event.url.pathname);
    }
  },

  disable: async (event) => {
    requireAccountManager(event.locals);
    if (textOf(await event.request.formData(), 'confirm') !== DISABLE_CONFIRMATION)
      return { form: 'status', confirmDisable: true, message: '' };
    try {
      await gql(event, DisableStaffAccountDocument, { id: event.params.id });
      return {
        form: 'status',
        message: 'Đã khóa tài khoản. Mọi phiên đăng nhập của tài khoản đã kết thúc.',
      };
    } catch (err) {
      return apiFailure(err, 'status', {}, event.url.pathname);
    }
  },

  enable: async (event) => {
    requireAccountManager(event.locals);
    try {
      await gql(event, EnableStaffAccountDocument, { id: event.params.id });
      return { form: 'status', message: 'Đã mở khóa tài khoản.' };
    } catch (err) {
      return apiFailure(err, 'status', {}, event.url.pathname);
    }
  },

  resend: async (event) => {
    requireAccountManager(event.locals);
    const method = oneOf(textOf(await event.request.formData(), 'method'), [
      'EMAIL_LINK',
      'PRINTED_CODE',
    ] as InvitationMethod[]);
    try {
      const { resendInvitation } = await gql(event, ResendInvitationDocument, {
        userId: event.params.id,
        method,
      });
      return {
        form: 'invitation',
        message:
          resendInvitation.method === 'EMAIL_LINK'
            ? `Đã gửi lại lời mời tới ${resendInvitation.user.email}.`
            : 'Đã tạo mã mời mới. Hãy in và trao tận tay: mã chỉ hiển thị một lần.',
        invitation: resendInvitation,
      };
    } catch (err) {
      return apiFailure(err, 'invitation', {}, event.url.pathname);
    }
  },

  revoke: async (event) => {
    requireAccountManager(event.locals);
    try {
      await gql(event, RevokeInvitationDocument, { userId: event.params.id });
      return { form: 'invitation', message: 'Đã thu hồi lời mời.' };
    } catch (err) {
      return apiFailure(err, 'invitation', {}, event.url.pathname);
    }
  },
};
