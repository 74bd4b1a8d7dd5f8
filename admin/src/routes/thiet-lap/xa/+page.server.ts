import {
  CommuneSettingsPageDocument,
  PublishPrivacyNoticeDocument,
  SetProvinceDataAccessDocument,
  UpdateCommuneSettingsDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCommuneAdmin } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const SETTINGS = [
  'displayName',
  'logoMediaId',
  'address',
  'phone',
  'email',
  'website',
  'authorityName',
  'chairmanName',
  'chairmanTitle',
] as const;

export const load: PageServerLoad = async (event) => {
  requireCommuneAdmin(event.locals);
  const page = await gql(event, CommuneSettingsPageDocument);
  return {
    tenant: page.currentTenant,
    notices: page.privacyNotices,
    images: page.mediaAssets.nodes,
    toRenew: page.consentsToRenew,
  };
};

/** The commune's name, emblem, contacts and signer; the province's access; the privacy notice. */
export const actions: Actions = {
  save: async (event) => {
    requireCommuneAdmin(event.locals);
    const data = await event.request.formData();
    const values = Object.fromEntries(SETTINGS.map((k) => [k, textOf(data, k)])) as Record<
      (typeof SETTINGS)[number],
      string
    >;
    try {
      await gql(event, UpdateCommuneSettingsDocument, {
        input: Object.fromEntries(SETTINGS.map((k) => [k, values[k] || null])),
      });
      return { form: 'save', message: 'Đã lưu thông tin của xã.' };
    } catch (err) {
      return apiFailure(err, 'save', values, event.url.pathname);
    }
  },

  province: async (event) => {
    requireCommuneAdmin(event.locals);
    const granted = textOf(await event.request.formData(), 'granted') === 'true';
    try {
      await gql(event, SetProvinceDataAccessDocument, { granted });
      return {
        form: 'province',
        message: granted
          ? 'Đã cho phép tỉnh xem danh sách vinh danh kèm tên tác giả.'
          : 'Tỉnh không còn xem được dữ liệu cá nhân của xã.',
      };
    } catch (err) {
      return apiFailure(err, 'province', { granted }, event.url.pathname);
    }
  },

  notice: async (event) => {
    requireCommuneAdmin(event.locals);
    const data = await event.request.formData();
    const values = {
      title: textOf(data, 'title'),
      body: textOf(data, 'body'),
      requiresFreshConsent: data.get('requiresFreshConsent') === 'on',
    };
    try {
      const { publishPrivacyNotice } = await gql(event, PublishPrivacyNoticeDocument, {
        input: values,
      });
      return { form: 'notice', message: `Đã ban hành phiên bản ${publishPrivacyNotice.version}.` };
    } catch (err) {
      return apiFailure(err, 'notice', values, event.url.pathname);
    }
  },
};
