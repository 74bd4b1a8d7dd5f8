import {
  ChangePasswordDocument,
  ConfirmTwoFactorEnrolmentDocument,
  DisableTwoFactorDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  MyAccountDocument,
  StartTwoFactorEnrolmentDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { viewer, mySessions } = await gql(event, MyAccountDocument, {});
  return { account: viewer!, sessions: mySessions };
};

/** My account: password, sessions, the second factor. */
export const actions: Actions = {
  password: async (event) => {
    const data = await event.request.formData();
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    if (newPassword !== String(data.get('confirm') ?? ''))
      return localFailure('password', { confirm: 'Hai lần nhập mật khẩu không khớp.' }, {});
    try {
      await gql(event, ChangePasswordDocument, { currentPassword, newPassword });
      return {
        form: 'password',
        message: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.',
      };
    } catch (err) {
      return apiFailure(err, 'password', {}, event.url.pathname);
    }
  },

  endSession: async (event) => {
    const id = textOf(await event.request.formData(), 'id');
    try {
      await gql(event, EndSessionDocument, { id });
      return { form: 'sessions', message: 'Đã kết thúc phiên đăng nhập.' };
    } catch (err) {
      return apiFailure(err, 'sessions', {}, event.url.pathname);
    }
  },

  endOthers: async (event) => {
    try {
      const { endOtherSessions } = await gql(event, EndOtherSessionsDocument, {});
      return { form: 'sessions', message: `Đã kết thúc ${endOtherSessions} phiên khác.` };
    } catch (err) {
      return apiFailure(err, 'sessions', {}, event.url.pathname);
    }
  },

  startTotp: async (event) => {
    try {
      const { startTwoFactorEnrolment } = await gql(event, StartTwoFactorEnrolmentDocument, {});
      return { form: 'totp', enrolment: startTwoFactorEnrolment };
    } catch (err) {
      return apiFailure(err, 'totp', {}, event.url.pathname);
    }
  },

  confirmTotp: async (event) => {
    const code = textOf(await event.request.formData(), 'code');
    try {
      const { confirmTwoFactorEnrolment } = await gql(event, ConfirmTwoFactorEnrolmentDocument, {
        code,
      });
      return {
        form: 'totp',
        message: 'Đã bật xác thực hai bước.',
        recoveryCodes: confirmTwoFactorEnrolment,
      };
    } catch (err) {
      return apiFailure(err, 'totp', {}, event.url.pathname);
    }
  },

  disableTotp: async (event) => {
    const password = String((await event.request.formData()).get('password') ?? '');
    try {
      await gql(event, DisableTwoFactorDocument, { password });
      return { form: 'totp', message: 'Đã tắt xác thực hai bước.' };
    } catch (err) {
      return apiFailure(err, 'totp', {}, event.url.pathname);
    }
  },
};
