import {
  MessageTemplatesPageDocument,
  PreviewMessageTemplateDocument,
  ResetMessageTemplateDocument,
  UpdateMessageTemplateDocument,
  type DeliveryChannel,
  type MessageKind,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireCommuneAdmin } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCommuneAdmin(event.locals);
  const { messageTemplates } = await gql(event, MessageTemplatesPageDocument);
  const kind = event.url.searchParams.get('loai');
  const channel = event.url.searchParams.get('kenh');
  const selected = messageTemplates.find((m) => m.kind === kind && m.channel === channel) ?? null;
  return { templates: messageTemplates, selected };
};

function templateOf(data: FormData) {
  const channel = textOf(data, 'channel') as DeliveryChannel;
  return {
    kind: textOf(data, 'kind') as MessageKind,
    channel,
    subject: channel === 'EMAIL' ? textOf(data, 'subject') : null,
    body: textOf(data, 'body'),
  };
}

/** Preview, save and reset of one kind and channel; the API checks the placeholders. */
export const actions: Actions = {
  preview: async (event) => {
    requireCommuneAdmin(event.locals);
    const input = templateOf(await event.request.formData());
    try {
      const { previewMessageTemplate } = await gql(event, PreviewMessageTemplateDocument, {
        input,
      });
      return {
        form: 'edit',
        message: t('templates.previewReady'),
        values: input,
        preview: previewMessageTemplate,
      };
    } catch (err) {
      return apiFailure(err, 'edit', input, event.url.pathname);
    }
  },

  save: async (event) => {
    requireCommuneAdmin(event.locals);
    const input = templateOf(await event.request.formData());
    try {
      await gql(event, UpdateMessageTemplateDocument, { input });
      return { form: 'edit', message: t('templates.saved'), values: input };
    } catch (err) {
      return apiFailure(err, 'edit', input, event.url.pathname);
    }
  },

  reset: async (event) => {
    requireCommuneAdmin(event.locals);
    const { kind, channel } = templateOf(await event.request.formData());
    try {
      await gql(event, ResetMessageTemplateDocument, { kind, channel });
      return { form: 'reset', message: t('templates.resetDone') };
    } catch (err) {
      return apiFailure(err, 'reset', { kind, channel }, event.url.pathname);
    }
  },
};
