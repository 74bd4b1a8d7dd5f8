import {
  DeleteMediaDocument,
  MediaAssetsDocument,
  UpdateMediaDocument,
  type MediaKind,
} from '$lib/gql/graphql';
import { gql, uploadMedia } from '$lib/server/graphql';
import { requireContentEditor, requireContentReader } from '$lib/server/access';
import { apiFailure, filesOf, localFailure, textOf } from '$lib/server/forms';
import { MEDIA_KINDS } from '$lib/i18n';
import { mayEditContent } from '$lib/roles';
import { looksLikeImage } from '$lib/content';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const PAGE_SIZE = 40;
const ALT_REQUIRED = () => t('server.media.altRequired');

export const load: PageServerLoad = async (event) => {
  requireContentReader(event.locals);
  const p = event.url.searchParams;
  const kind = p.get('loai');
  const query = {
    search: p.get('q')?.trim() ?? '',
    kind: MEDIA_KINDS.includes(kind as MediaKind) ? (kind as MediaKind) : null,
    after: p.get('sau') || null,
  };
  const { mediaAssets } = await gql(event, MediaAssetsDocument, {
    search: query.search || null,
    kind: query.kind,
    first: PAGE_SIZE,
    after: query.after,
  });
  return { media: mediaAssets, query, mayEdit: mayEditContent(event.locals.viewer) };
};

/** A focal coordinate sent by the picker (0..1), or null when absent or unreadable. */
function unit(value: string): number | null {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

export const actions: Actions = {
  /** One file; an image is refused without its description. */
  upload: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const [file] = filesOf(data, 'file');
    const values = { alt: textOf(data, 'alt'), caption: textOf(data, 'caption') };
    if (!file) return localFailure('upload', { file: t('server.media.file') }, values);
    if (looksLikeImage(file) && !values.alt) {
      return localFailure('upload', { alt: ALT_REQUIRED() }, values);
    }
    try {
      const asset = await uploadMedia(event, file, values);
      // The API reads the type from the content and refuses a picture sent under another name
      // without its description too (field error "alt").
      return {
        form: 'upload',
        message: t('server.media.uploaded', { name: asset.filename }),
        id: asset.id,
      };
    } catch (err) {
      return apiFailure(err, 'upload', values, event.url.pathname);
    }
  },

  update: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const form = `update-${id}`;
    const values = {
      alt: textOf(data, 'alt'),
      caption: textOf(data, 'caption'),
      focalX: textOf(data, 'focalX'),
      focalY: textOf(data, 'focalY'),
    };
    if (textOf(data, 'kind') === 'IMAGE' && !values.alt) {
      return localFailure(form, { alt: ALT_REQUIRED() }, values);
    }
    try {
      await gql(event, UpdateMediaDocument, {
        id,
        input: {
          alt: values.alt || null,
          caption: values.caption || null,
          focalX: unit(values.focalX),
          focalY: unit(values.focalY),
        },
      });
      return { form, message: t('server.media.saved') };
    } catch (err) {
      return apiFailure(err, form, values, event.url.pathname);
    }
  },

  delete: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    try {
      await gql(event, DeleteMediaDocument, { id });
      return {
        form: 'delete',
        message: t('server.media.deleted', { name: textOf(data, 'filename') }),
      };
    } catch (err) {
      return apiFailure(err, 'delete', undefined, event.url.pathname);
    }
  },
};
