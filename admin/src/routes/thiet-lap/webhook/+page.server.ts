import {
  CreateWebhookDocument,
  SetWebhookActiveDocument,
  WebhooksDocument,
  type WebhookEvent,
} from '$lib/gql/graphql';
import { gql, partnerDocsUrl } from '$lib/server/graphql';
import { requireWebhookManager } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import { WEBHOOK_EVENTS, WEBHOOK_OFF_CONFIRMATION } from '$lib/webhooks';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireWebhookManager(event.locals);
  const { webhooks } = await gql(event, WebhooksDocument, {});
  return { webhooks, docsUrl: partnerDocsUrl('webhooks') };
};

/**
 * Partners' webhooks. The signing secret is only in the answer of `create` (never in the address,
 * a cookie or the page's data): once the page is left or reloaded, nobody can see it again.
 */
export const actions: Actions = {
  create: async (event) => {
    requireWebhookManager(event.locals);
    const data = await event.request.formData();
    const values = {
      name: textOf(data, 'name'),
      url: textOf(data, 'url'),
      events: textsOf(data, 'events').filter((e): e is WebhookEvent =>
        WEBHOOK_EVENTS.includes(e as WebhookEvent),
      ),
    };
    try {
      const { createWebhook } = await gql(event, CreateWebhookDocument, {
        input: { name: values.name, url: values.url, events: [...new Set(values.events)] },
      });
      // The answer holds the secret: no cache keeps it.
      event.setHeaders({ 'cache-control': 'private, no-store' });
      return {
        form: 'create',
        message: t('webhooks.new.created', { name: createWebhook.webhook.name }),
        created: { secret: createWebhook.secret, webhook: createWebhook.webhook },
      };
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
  },

  /** Turns a webhook on at once; off only when the confirmation's word comes with its id. */
  setActive: async (event) => {
    requireWebhookManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const active = textOf(data, 'active') === 'true';
    if (!id) return localFailure('setActive', {}, { id }, t('webhooks.gone'));
    if (!active && textOf(data, 'confirm') !== WEBHOOK_OFF_CONFIRMATION) {
      return { form: 'setActive', confirmOff: id, message: '' };
    }
    try {
      const { setWebhookActive } = await gql(event, SetWebhookActiveDocument, { id, active });
      return {
        form: 'setActive',
        message: t(active ? 'webhooks.turnedOn' : 'webhooks.turnedOff', {
          name: setWebhookActive.name,
        }),
      };
    } catch (err) {
      return apiFailure(err, 'setActive', { id }, event.url.pathname);
    }
  },
};
