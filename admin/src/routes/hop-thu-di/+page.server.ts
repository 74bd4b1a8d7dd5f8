import {
  OutboxDocument,
  RetryOutboundMessageDocument,
  type DeliveryChannel,
  type DeliveryStatus,
  type OutboxWhereInput,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, textOf } from '$lib/server/forms';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const PAGE_SIZE = 30;

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const p = event.url.searchParams;
  const status = p.get('trang-thai') ?? '';
  const channel = p.get('kenh') ?? '';
  const query = {
    status: DELIVERY_STATUSES.includes(status as DeliveryStatus) ? status : '',
    channel: DELIVERY_CHANNELS.includes(channel as DeliveryChannel) ? channel : '',
    after: p.get('sau') || null,
  };
  const where: OutboxWhereInput = {};
  if (query.status) where.status = query.status as DeliveryStatus;
  if (query.channel) where.channel = query.channel as DeliveryChannel;
  const { outboundMessages } = await gql(event, OutboxDocument, {
    where,
    first: PAGE_SIZE,
    after: query.after,
  });
  return { messages: outboundMessages, query };
};

export const actions: Actions = {
  retry: async (event) => {
    requireHub(event.locals);
    const id = textOf(await event.request.formData(), 'id');
    try {
      await gql(event, RetryOutboundMessageDocument, { id });
      return { form: 'retry', message: t('server.outbox.retried') };
    } catch (err) {
      return apiFailure(err, 'retry');
    }
  },
};
