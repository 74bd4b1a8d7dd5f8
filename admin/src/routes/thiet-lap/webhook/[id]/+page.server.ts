import { error } from '@sveltejs/kit';
import {
  RedeliverWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireWebhookManager } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** The latest deliveries the log shows. */
const LOG_SIZE = 50;

export const load: PageServerLoad = async (event) => {
  requireWebhookManager(event.locals);
  const { webhooks } = await gql(event, WebhooksDocument, {});
  const webhook = webhooks.find((w) => w.id === event.params.id);
  if (!webhook) error(404, { message: t('webhooks.gone'), code: 'NOT_FOUND' });
  const { webhookDeliveries } = await gql(event, WebhookDeliveriesDocument, {
    webhookId: webhook.id,
    first: LOG_SIZE,
  });
  return { webhook, deliveries: webhookDeliveries };
};

export const actions: Actions = {
  /** Queues a delivery's event again, as a new delivery the log shows on reload. */
  redeliver: async (event) => {
    requireWebhookManager(event.locals);
    const data = await event.request.formData();
    const deliveryId = textOf(data, 'deliveryId');
    if (!deliveryId) return localFailure('redeliver', {}, { deliveryId }, t('webhooks.gone'));
    try {
      await gql(event, RedeliverWebhookDocument, { deliveryId });
      return { form: 'redeliver', message: t('webhooks.deliveries.redelivered') };
    } catch (err) {
      return apiFailure(err, 'redeliver', { deliveryId }, event.url.pathname);
    }
  },
};
