import {
  CreateFieldDocument,
  OrgFieldsDocument,
  RenameFieldDocument,
  ReorderFieldsDocument,
  SetFieldRetiredDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCampaignManager } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCampaignManager(event.locals);
  const { fields } = await gql(event, OrgFieldsDocument);
  return { fields };
};

export const actions: Actions = {
  create: async (event) => {
    requireCampaignManager(event.locals);
    const data = await event.request.formData();
    const name = textOf(data, 'name');
    const nameEn = textOf(data, 'nameEn');
    if (!name)
      return localFailure('create', { name: 'Vui lòng nhập tên lĩnh vực.' }, { name, nameEn });
    try {
      const r = await gql(event, CreateFieldDocument, { name, nameEn: nameEn || null });
      return { form: 'create', message: `Đã thêm lĩnh vực ${r.createField.name}.` };
    } catch (err) {
      return apiFailure(err, 'create', { name, nameEn }, event.url.pathname);
    }
  },

  rename: async (event) => {
    requireCampaignManager(event.locals);
    const data = await event.request.formData();
    const values = {
      id: textOf(data, 'id'),
      name: textOf(data, 'name'),
      nameEn: textOf(data, 'nameEn'),
    };
    try {
      const r = await gql(event, RenameFieldDocument, values);
      return { form: `rename-${values.id}`, message: `Đã đổi tên thành ${r.renameField.name}.` };
    } catch (err) {
      return apiFailure(err, `rename-${values.id}`, values, event.url.pathname);
    }
  },

  retire: async (event) => {
    requireCampaignManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const retired = textOf(data, 'retired') === '1';
    try {
      const r = await gql(event, SetFieldRetiredDocument, { id, retired });
      return {
        form: 'retire',
        message: retired
          ? `Đã ngừng dùng lĩnh vực ${r.setFieldRetired.name}.`
          : `Đã dùng lại lĩnh vực ${r.setFieldRetired.name}.`,
      };
    } catch (err) {
      return apiFailure(err, 'retire', { id }, event.url.pathname);
    }
  },

  order: async (event) => {
    requireCampaignManager(event.locals);
    const ids = textsOf(await event.request.formData(), 'id');
    try {
      await gql(event, ReorderFieldsDocument, { ids });
      return { form: 'order', message: 'Đã lưu thứ tự lĩnh vực.' };
    } catch (err) {
      return apiFailure(err, 'order', { ids }, event.url.pathname);
    }
  },
};
