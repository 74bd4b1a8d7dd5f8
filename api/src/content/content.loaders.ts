import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { loaderSet } from '../common/loaders.js';
import { ideaReadFilter } from '../idea/idea.access.js';
import { publicIdeaFilter } from '../rights/rights.gate.js';
import { Idea } from '../idea/idea.entity.js';
import { StaffUser } from '../auth/staff-user.entity.js';
import { MediaAsset } from './media.entity.js';
import { IdeaSeo, PostRevision } from './content.entity.js';
import {
  docRefs,
  renderDoc,
  type Doc,
  type RenderImage,
  type RenderIdea,
} from './rich-text.renderer.js';
import { variantUrl } from './media.service.js';

/**
 * Per-request loaders of the content feature (one query per kind for a whole page of posts),
 * memoized on the request's Loaders so they never outlive the request.
 */
class ContentLoaders {
  constructor(private readonly ctx: Context) {}

  readonly media = new DataLoader<string, MediaAsset | null>(async (ids) => {
    const rows = await this.ctx.em.find(MediaAsset, {
      id: { $in: [...ids] },
      tenant: this.ctx.tenant.id,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Ideas the public may see (the rights gate), whoever is asking: what the site will show. */
  readonly publicIdeas = new DataLoader<string, Idea | null>(async (ids) => {
    const rows = await this.ctx.em.find(Idea, {
      $and: [{ id: { $in: [...ids] } }, publicIdeaFilter(this.ctx.tenant.id)],
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Ideas the viewer may see (staff see more than the public). */
  readonly visibleIdeas = new DataLoader<string, Idea | null>(async (ids) => {
    const rows = await this.ctx.em.find(Idea, {
      $and: [{ id: { $in: [...ids] } }, ideaReadFilter(this.ctx.viewer, this.ctx.tenant.id)],
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly staff = new DataLoader<string, StaffUser | null>(async (ids) => {
    const rows = await this.ctx.em.find(StaffUser, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly seoByIdea = new DataLoader<string, IdeaSeo | null>(async (ideaIds) => {
    const rows = await this.ctx.em.find(IdeaSeo, { idea: { $in: [...ideaIds] } });
    return ideaIds.map((id) => rows.find((r) => r.idea.id === id) ?? null);
  });

  readonly revisionsByPost = new DataLoader<string, PostRevision[]>(async (postIds) => {
    const rows = await this.ctx.em.find(
      PostRevision,
      { post: { $in: [...postIds] } },
      { orderBy: { number: 'desc' } },
    );
    return postIds.map((id) => rows.filter((r) => r.post.id === id));
  });
}

export const contentLoaders = loaderSet((ctx: Context) => new ContentLoaders(ctx));

function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd()}…`;
}

/** The public HTML of a document, exactly as the public site shows it. */
export async function renderForPublic(ctx: Context, doc: Doc): Promise<string> {
  const loaders = contentLoaders(ctx);
  const refs = docRefs(doc);
  const [media, ideas] = await Promise.all([
    Promise.all(refs.mediaIds.map((id) => loaders.media.load(id))),
    Promise.all(refs.ideaIds.map((id) => loaders.publicIdeas.load(id))),
  ]);
  const mediaMap = new Map<string, RenderImage>();
  for (const m of media) {
    if (!m || m.kind !== 'IMAGE') continue;
    mediaMap.set(m.id, {
      alt: m.alt ?? null,
      caption: m.caption ?? null,
      width: m.width ?? null,
      height: m.height ?? null,
      variants: m.variants,
    });
  }
  const ideaMap = new Map<string, RenderIdea>();
  for (const i of ideas) if (i) ideaMap.set(i.id, { title: i.title, excerpt: excerpt(i.problem) });
  return renderDoc(doc, {
    media: mediaMap,
    ideas: ideaMap,
    url: (id, v) => variantUrl(ctx.mediaUrl, id, v),
    ideaPath: (id) => `/y-tuong/${id}`,
  });
}
