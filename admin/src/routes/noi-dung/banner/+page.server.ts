import { BannersDocument, DeleteBannerDocument, SaveBannerDocument } from '$lib/gql/graphql';
import type { ContentStatus } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireContentEditor, requireContentReader } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { mayEditContent } from '$lib/roles';
import { BANNER_STATUSES, safeLink } from '$lib/content';
import { parseDate, startOfDay } from '$lib/dates';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
  requireContentReader(event.locals);
  const { banners } = await gql(event, BannersDocument);
  const editing = event.url.searchParams.get('sua');
  return {
    banners: [...banners].sort((a, b) => a.position - b.position),
    editing: banners.find((b) => b.id === editing) ?? null,
    mayEdit: mayEditContent(event.locals.viewer),
  };
};

export const actions: Actions = {
  save: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const values = {
      title: textOf(data, 'title'),
      text: textOf(data, 'text'),
      linkUrl: textOf(data, 'linkUrl'),
      imageId: textOf(data, 'imageId'),
      status: textOf(data, 'status'),
      startsOn: textOf(data, 'startsOn'),
      endsOn: textOf(data, 'endsOn'),
      position: textOf(data, 'position'),
    };
    const errors: Record<string, string> = {};
    if (!values.title) errors.title = t('server.banner.title');
    const link = values.linkUrl ? safeLink(values.linkUrl) : null;
    if (values.linkUrl && !link) {
      errors.linkUrl = t('server.banner.link');
    }
    if (!BANNER_STATUSES.includes(values.status as ContentStatus)) {
      errors.status = t('server.banner.status');
    }
    const starts = values.startsOn ? parseDate(values.startsOn) : null;
    const ends = values.endsOn ? parseDate(values.endsOn) : null;
    if (values.startsOn && !starts) errors.startsOn = t('server.form.badDate');
    if (values.endsOn && !ends) errors.endsOn = t('server.form.badDate');
    // The last day is shown in full: the banner ends at the start of the next day.
    const startsAt = starts ? startOfDay(starts) : null;
    const endsAt = ends ? startOfDay(ends, 1) : null;
    if (startsAt && endsAt && endsAt <= startsAt) {
      errors.endsOn = t('server.banner.endsAfter');
    }
    const position = values.position ? Number(values.position) : 0;
    if (!Number.isInteger(position) || position < 0) errors.position = t('server.banner.position');
    if (values.imageId && !UUID.test(values.imageId)) errors.imageId = t('server.banner.image');
    const form = id ? `banner-${id}` : 'banner-new';
    if (Object.keys(errors).length) return localFailure(form, errors, values);
    try {
      await gql(event, SaveBannerDocument, {
        id: id || null,
        input: {
          title: values.title,
          text: values.text || null,
          linkUrl: link,
          imageId: values.imageId || null,
          status: values.status as ContentStatus,
          startsAt: startsAt?.toISOString() ?? null,
          endsAt: endsAt?.toISOString() ?? null,
          position,
        },
      });
      return { form: 'banner-saved', message: t('server.banner.saved', { title: values.title }) };
    } catch (err) {
      return apiFailure(err, form, values, event.url.pathname);
    }
  },

  delete: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    try {
      await gql(event, DeleteBannerDocument, { id: textOf(data, 'id') });
      return {
        form: 'banner-saved',
        message: t('server.banner.deleted', { title: textOf(data, 'title') }),
      };
    } catch (err) {
      return apiFailure(err, 'banner-delete', undefined, event.url.pathname);
    }
  },
};
