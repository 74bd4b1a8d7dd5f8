import { describe, expect, it } from 'vitest';
import { routeTargets } from './workflow';

describe('triage presentation', () => {
  it('offers as route buttons only the moves without their own form', () => {
    expect(routeTargets(['NEEDS_INFO', 'ACCEPTED', 'DUPLICATE'])).toEqual([]);
    expect(routeTargets(['RECOMMENDED', 'UNDER_REVIEW', 'ARCHIVED'])).toEqual([
      'RECOMMENDED',
      'UNDER_REVIEW',
      'ARCHIVED',
    ]);
  });

  it('leaves support, pilots and adoption to their own forms, which ask for their data', () => {
    expect(routeTargets(['IN_SUPPORT', 'UNDER_REVIEW', 'ARCHIVED'])).toEqual([
      'UNDER_REVIEW',
      'ARCHIVED',
    ]);
    expect(routeTargets(['PILOTING'])).toEqual([]);
    expect(routeTargets(['APPLIED', 'ARCHIVED'])).toEqual(['ARCHIVED']);
    expect(routeTargets(['SCALED'])).toEqual([]);
  });
});
