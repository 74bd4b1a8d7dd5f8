import { describe, expect, it } from 'vitest';
import { endpointRouteIds, refuseNonFormPost } from './form-post.js';

const endpoints = endpointRouteIds([
  './routes/su-kien/+server.ts',
  './routes/danh-gia/[id]/luu/+server.ts',
]);
const post = (type: string | null) =>
  new Request('http://localhost/x', {
    method: 'POST',
    headers: type ? { 'content-type': type } : {},
    body: 'x=1',
  });

describe('form posts', () => {
  it('names endpoints by route id', () => {
    expect([...endpoints]).toEqual(['/su-kien', '/danh-gia/[id]/luu']);
  });

  it('refuses a page post that is not a form with 415', () => {
    for (const type of ['text/plain', 'application/json', null]) {
      expect(refuseNonFormPost(post(type), '/y-tuong', endpoints)?.status).toBe(415);
    }
  });

  it('lets forms, endpoints, unknown routes and other methods through', () => {
    expect(
      refuseNonFormPost(post('application/x-www-form-urlencoded'), '/y-tuong', endpoints),
    ).toBeNull();
    expect(
      refuseNonFormPost(post('multipart/form-data; boundary=x'), '/y-tuong', endpoints),
    ).toBeNull();
    expect(refuseNonFormPost(post('application/json'), '/danh-gia/[id]/luu', endpoints)).toBeNull();
    expect(refuseNonFormPost(post('text/plain'), null, endpoints)).toBeNull();
    expect(refuseNonFormPost(new Request('http://localhost/x'), '/y-tuong', endpoints)).toBeNull();
  });
});
