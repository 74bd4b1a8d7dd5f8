import { error, fail, type RequestEvent } from '@sveltejs/kit';
import {
  ArchivePostDocument,
  ContentChoicesDocument,
  CreateTagDocument,
  IdeaTitleDocument,
  MediaAssetByIdDocument,
  PostForEditDocument,
  PostLatestDocument,
  PublishPostDocument,
  RequestPostReviewDocument,
  RestorePostRevisionDocument,
  SchedulePostDocument,
  UnpublishPostDocument,
  UpdatePostDocument,
  type TagKind,
} from '$lib/gql/graphql';
import { ApiError, gql } from '$lib/server/graphql';
import { requireContentEditor, requirePostDrafter, requirePostReader } from '$lib/server/access';
import { apiFailure, localFailure, textOf } from '$lib/server/forms';
import { readPostForm, type PostFormValues } from '$lib/server/post-form';
import { mayDraftUnitNews, mayEditContent } from '$lib/roles';
import { asDoc, docRefs } from '$lib/rich-text';
import { toMediaChoice } from '$lib/content';
import { parseDateTime } from '$lib/dates';
import { formatDateTime } from '@khoi-nguon/schema/client';
import { TAG_KINDS } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

/** Images and embedded ideas are few per article: they are looked up one by one. */
const MAX_LOOKUPS = 40;

export const load: PageServerLoad = async (event) => {
  requirePostReader(event.locals);
  const [{ postById: post }, choices] = await Promise.all([
    gql(event, PostForEditDocument, { id: event.params.id }),
    gql(event, ContentChoicesDocument),
  ]);
  if (!post) error(404, { message: t('server.post.notFound') });

  // What the body and the revisions show: image addresses and idea titles, for the editor and
  // for the readable comparison of versions.
  const refs = [post.body, ...post.revisions.map((r) => r.body)].map((b) => docRefs(asDoc(b)));
  const ideaIds = [...new Set(refs.flatMap((r) => r.ideaIds))].slice(0, MAX_LOOKUPS);
  const mediaIds = docRefs(asDoc(post.body)).mediaIds.slice(0, MAX_LOOKUPS);
  const [ideas, images] = await Promise.all([
    Promise.all(
      ideaIds.map((id) =>
        gql(event, IdeaTitleDocument, { id })
          .then((r) => r.idea)
          .catch(() => null),
      ),
    ),
    Promise.all(
      mediaIds.map((id) =>
        gql(event, MediaAssetByIdDocument, { id })
          .then((r) => r.mediaAsset)
          .catch(() => null),
      ),
    ),
  ]);
  // A unit's editor drafts their unit's news and sends it for approval; publishing is not theirs.
  const drafter = !mayEditContent(event.locals.viewer) && mayDraftUnitNews(event.locals.viewer);
  const imageSrc: Record<string, string> = {};
  for (const asset of images) if (asset) imageSrc[asset.id] = toMediaChoice(asset).medium;

  return {
    post: { ...post, body: asDoc(post.body) },
    revisions: [...post.revisions]
      .sort((a, b) => b.number - a.number)
      .map((r) => ({ ...r, body: asDoc(r.body) })),
    tags: choices.tags,
    campaigns: choices.campaigns,
    ideaTitles: Object.fromEntries(
      ideas.filter((i): i is NonNullable<typeof i> => Boolean(i)).map((i) => [i.id, i.title]),
    ) as Record<string, string>,
    imageSrc,
    mayEdit:
      mayEditContent(event.locals.viewer) ||
      (drafter && post.status === 'DRAFT' && post.unit?.id === event.locals.viewer?.unit?.id),
    drafter,
  };
};

type Event = RequestEvent<{ id: string }>;

/**
 * Saves the form when it has changes. A stale version is answered with the version someone else
 * saved, so the page can name them and compare — it is never overwritten silently.
 */
async function save(event: Event, data: FormData, form: string) {
  const expectedVersion = Number(textOf(data, 'expectedVersion'));
  const { values, input, errors } = readPostForm(data);
  if (!input) return { failure: localFailure(form, errors, values) };
  if (!Number.isInteger(expectedVersion)) {
    return { failure: localFailure(form, {}, values, t('server.post.stalePage')) };
  }
  if (textOf(data, 'dirty') === '0') return { version: expectedVersion };
  try {
    const { updatePost } = await gql(event, UpdatePostDocument, {
      id: event.params.id,
      expectedVersion,
      input,
    });
    return { version: updatePost.version };
  } catch (err) {
    return { failure: await conflictOrFailure(event, err, form, values) };
  }
}

async function conflictOrFailure(
  event: Event,
  err: unknown,
  form: string,
  values?: PostFormValues,
) {
  if (err instanceof ApiError && err.code === 'CONFLICT') {
    const latest = await gql(event, PostLatestDocument, { id: event.params.id })
      .then((r) => r.postById)
      .catch(() => null);
    return fail(409, {
      form,
      message: err.message,
      code: err.code,
      fieldErrors: err.fieldErrors,
      values,
      latest: latest ? { ...latest, body: asDoc(latest.body) } : null,
    });
  }
  return apiFailure(err, form, values, event.url.pathname);
}

export const actions: Actions = {
  save: async (event) => {
    requirePostDrafter(event.locals);
    const data = await event.request.formData();
    const saved = await save(event, data, 'save');
    if ('failure' in saved) return saved.failure;
    return { form: 'save', message: t('server.post.saved'), saved: true };
  },

  /** Saves, then publishes at the chosen day and time (Vietnam time). */
  schedule: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const day = textOf(data, 'scheduleDate');
    const time = textOf(data, 'scheduleTime');
    const at = parseDateTime(day, time);
    if (!at) {
      return localFailure(
        'save',
        { schedule: t('server.post.scheduleWhen') },
        { ...readPostForm(data).values, scheduleDate: day, scheduleTime: time },
      );
    }
    const saved = await save(event, data, 'save');
    if ('failure' in saved) return saved.failure;
    try {
      await gql(event, SchedulePostDocument, { id: event.params.id, at: at.toISOString() });
      return {
        form: 'save',
        message: t('server.post.scheduled', { time: formatDateTime(at) }),
        saved: true,
      };
    } catch (err) {
      return conflictOrFailure(event, err, 'save');
    }
  },

  publish: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const saved = await save(event, data, 'save');
    if ('failure' in saved) return saved.failure;
    try {
      await gql(event, PublishPostDocument, { id: event.params.id });
      return { form: 'save', message: t('server.post.published'), saved: true };
    } catch (err) {
      return conflictOrFailure(event, err, 'save');
    }
  },

  unpublish: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const saved = await save(event, data, 'save');
    if ('failure' in saved) return saved.failure;
    try {
      await gql(event, UnpublishPostDocument, { id: event.params.id });
      return { form: 'save', message: t('server.post.unpublished'), saved: true };
    } catch (err) {
      return conflictOrFailure(event, err, 'save');
    }
  },

  archive: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const saved = await save(event, data, 'save');
    if ('failure' in saved) return saved.failure;
    try {
      await gql(event, ArchivePostDocument, { id: event.params.id });
      return { form: 'save', message: t('server.post.archived'), saved: true };
    } catch (err) {
      return conflictOrFailure(event, err, 'save');
    }
  },

  /** A unit's editor sends the draft for approval, or withdraws it to keep editing. */
  review: async (event) => {
    requirePostDrafter(event.locals);
    const requested = textOf(await event.request.formData(), 'requested') === '1';
    try {
      await gql(event, RequestPostReviewDocument, { id: event.params.id, requested });
      return {
        form: 'review',
        message: requested ? t('post.review.sent') : t('post.review.withdrawn'),
      };
    } catch (err) {
      return apiFailure(err, 'review', {}, event.url.pathname);
    }
  },

  /** Brings an earlier version back as a new version (the current one stays in the history). */
  restore: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const revisionId = textOf(data, 'revisionId');
    const expectedVersion = Number(textOf(data, 'expectedVersion'));
    const number = textOf(data, 'number');
    try {
      await gql(event, RestorePostRevisionDocument, {
        id: event.params.id,
        revisionId,
        expectedVersion,
      });
      return { form: 'restore', message: t('server.post.restored', { n: number }), saved: true };
    } catch (err) {
      return conflictOrFailure(event, err, 'restore');
    }
  },

  createTag: async (event) => {
    requireContentEditor(event.locals);
    const data = await event.request.formData();
    const values = { tagName: textOf(data, 'tagName'), tagKind: textOf(data, 'tagKind') };
    const errors: Record<string, string> = {};
    if (!values.tagName) errors.tagName = t('server.post.tagName');
    if (!TAG_KINDS.includes(values.tagKind as TagKind)) errors.tagKind = t('server.post.tagKind');
    if (Object.keys(errors).length) return localFailure('tag', errors, values);
    try {
      const { createTag } = await gql(event, CreateTagDocument, {
        input: { name: values.tagName, kind: values.tagKind as TagKind },
      });
      return {
        form: 'tag',
        message: t('server.post.tagAdded', { name: createTag.name }),
        tagId: createTag.id,
      };
    } catch (err) {
      return apiFailure(err, 'tag', values, event.url.pathname);
    }
  },
};
