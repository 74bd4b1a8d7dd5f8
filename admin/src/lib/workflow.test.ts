import { describe, expect, it } from 'vitest';
import { routeTargets } from './workflow';

describe('triage presentation', () => {
  it('offers as route buttons only the moves without their own form', () => {
    expect(routeTargets(['NEEDS_INFO', 'ACCEPTED', 'DUPLICATE'])).toEqual([]);
    expect(routeTargets(['RECOMMENDED', 'IN_SUPPORT', 'ARCHIVED'])).toEqual([
      'RECOMMENDED',
      'IN_SUPPORT',
      'ARCHIVED',
    ]);
  });
});
