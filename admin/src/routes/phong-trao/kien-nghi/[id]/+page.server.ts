import { ReplyToUnitRequestDocument, UnitRequestDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireMovementReader } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { isoDay } from '$lib/follow-up';
import { mayManageMovement } from '$lib/roles';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireMovementReader(event.locals);
  const { unitRequest } = await gql(event, UnitRequestDocument, { id: event.params.id });
  return { request: unitRequest, hub: mayManageMovement(event.locals.viewer) };
};

export const actions: Actions = {
  reply: async (event) => {
    requireMovementReader(event.locals);
    const data = await event.request.formData();
    const values = { body: textOf(data, 'body'), dueOn: textOf(data, 'dueOn') };
    const dueOn = values.dueOn ? isoDay(values.dueOn) : null;
    if (values.dueOn && !dueOn)
      return localFailure('reply', { dueOn: t('requests.dueOn') }, values);
    try {
      await gql(event, ReplyToUnitRequestDocument, {
        id: event.params.id,
        body: values.body || null,
        dueOn,
        close: false,
      });
      return { form: 'reply', message: t('requests.sent') };
    } catch (err) {
      return apiFailure(err, 'reply', values, event.url.pathname);
    }
  },

  close: async (event) => {
    requireMovementReader(event.locals);
    try {
      await gql(event, ReplyToUnitRequestDocument, { id: event.params.id, close: true });
      return { form: 'close', message: t('requests.closed') };
    } catch (err) {
      return apiFailure(err, 'close', {}, event.url.pathname);
    }
  },
};
