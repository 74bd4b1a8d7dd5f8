import type { ContentKind, PostInput } from '$lib/gql/graphql';
import { CONTENT_KINDS } from '$lib/i18n';
import { isSlug } from '$lib/content';
import { asDoc, imagesWithoutAlt } from '$lib/rich-text';
import { textOf, textsOf } from './forms';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The article form as sent, to put back after a refusal. */
export interface PostFormValues {
  kind: string;
  title: string;
  slug: string;
  summary: string;
  body: string;
  coverImageId: string;
  ogImageId: string;
  seoTitle: string;
  seoDescription: string;
  campaignId: string;
  tagIds: string[];
}

/**
 * Reads the editor's form: the fields, and the body as the editor's JSON. Problems the API would
 * refuse anyway are caught here with the field they belong to (an image without a description,
 * an address that is not a slug).
 */
export function readPostForm(data: FormData): {
  values: PostFormValues;
  input: PostInput | null;
  errors: Record<string, string>;
} {
  const values: PostFormValues = {
    kind: textOf(data, 'kind'),
    title: textOf(data, 'title'),
    slug: textOf(data, 'slug').toLowerCase(),
    summary: textOf(data, 'summary'),
    body: textOf(data, 'body'),
    coverImageId: textOf(data, 'coverImageId'),
    ogImageId: textOf(data, 'ogImageId'),
    seoTitle: textOf(data, 'seoTitle'),
    seoDescription: textOf(data, 'seoDescription'),
    campaignId: textOf(data, 'campaignId'),
    tagIds: textsOf(data, 'tagIds').filter((id) => UUID.test(id)),
  };
  const errors: Record<string, string> = {};
  if (!CONTENT_KINDS.includes(values.kind as ContentKind)) errors.kind = t('server.post.kind');
  if (!values.title) errors.title = t('server.post.title');
  if (values.slug && !isSlug(values.slug)) {
    errors.slug = t('server.post.slug');
  }
  const body = asDoc(values.body);
  const missingAlt = imagesWithoutAlt(body);
  if (missingAlt) {
    errors.body = t('server.post.missingAlt', { n: missingAlt });
  }
  for (const key of ['coverImageId', 'ogImageId', 'campaignId'] as const) {
    if (values[key] && !UUID.test(values[key])) errors[key] = t('server.form.badChoice');
  }
  if (Object.keys(errors).length) return { values, input: null, errors };
  return {
    values,
    errors,
    input: {
      kind: values.kind as ContentKind,
      title: values.title,
      slug: values.slug || null,
      summary: values.summary || null,
      body,
      coverImageId: values.coverImageId || null,
      ogImageId: values.ogImageId || null,
      seoTitle: values.seoTitle || null,
      seoDescription: values.seoDescription || null,
      campaignId: values.campaignId || null,
      tagIds: values.tagIds,
    },
  };
}
