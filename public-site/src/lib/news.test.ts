import { describe, expect, it } from 'vitest';
import { mergePages, newsParams, postPath, readNewsQuery, type Connection } from './news';

type P = { id: string; publishedAt: string; kind: string };
const post = (id: string, day: number, kind = 'NEWS'): P => ({
  id,
  kind,
  publishedAt: new Date(Date.UTC(2026, 5, day, 1)).toISOString(),
});
const conn = (nodes: P[], hasNextPage: boolean, totalCount = nodes.length): Connection<P> => ({
  nodes,
  totalCount,
  edges: nodes.map((n) => ({ cursor: `c-${n.id}` })),
  pageInfo: { hasNextPage },
});

describe('news list of two kinds', () => {
  it('merges newest first and pages after the last post shown', () => {
    const news = conn([post('n3', 30), post('n2', 20), post('n1', 10)], true, 7);
    const propaganda = conn([post('p2', 25, 'PROPAGANDA'), post('p1', 5, 'PROPAGANDA')], false);
    const page = mergePages([news, propaganda], 3);
    expect(page.nodes.map((n) => n.id)).toEqual(['n3', 'p2', 'n2']);
    expect(page.endCursor).toBe('c-n2');
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(9);
  });

  it('orders equal times by id, as the API does, and ends when both kinds are done', () => {
    const a = conn([post('b', 1)], false);
    const b = conn([post('c', 1, 'PROPAGANDA'), post('a', 1, 'PROPAGANDA')], false);
    const page = mergePages([a, b], 10);
    expect(page.nodes.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(page.hasNextPage).toBe(false);
    expect(mergePages([conn([], false)], 10)).toEqual({
      nodes: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('reads its filters from the address and writes them back', () => {
    const q = readNewsQuery(new URLSearchParams('the=Tin-Hoat-Dong&loai=tuyen-truyen&sau=xyz'));
    expect(q).toEqual({ tag: 'tin-hoat-dong', kind: 'PROPAGANDA', after: 'xyz' });
    expect(readNewsQuery(new URLSearchParams('the=<script>&loai=PAGE'))).toEqual({
      tag: null,
      kind: null,
      after: null,
    });
    expect(newsParams(q)).toEqual({ loai: 'tuyen-truyen', the: 'tin-hoat-dong' });
    expect(newsParams({ tag: null, kind: null }, 'c1')).toEqual({ sau: 'c1' });
  });

  it('puts pages under /trang and the rest under /tin-tuc', () => {
    expect(postPath({ kind: 'PAGE', slug: 'the-le' })).toBe('/trang/the-le');
    expect(postPath({ kind: 'PROPAGANDA', slug: 'a' })).toBe('/tin-tuc/a');
  });
});
