import { describe, expect, it } from 'vitest';
import { stageTimeline } from './stages';

const received = '2026-05-15T01:00:00Z';

describe('stage timeline', () => {
  it('marks the steps behind, the current one and those ahead, with dates reached', () => {
    const s = stageTimeline('PILOTING', received, [
      { at: '2026-05-20T00:00:00Z', toStatus: 'ACCEPTED' },
      { at: '2026-06-01T00:00:00Z', toStatus: 'UNDER_REVIEW' },
      { at: '2026-06-20T00:00:00Z', toStatus: 'RECOMMENDED' },
      { at: '2026-07-01T00:00:00Z', toStatus: 'PILOTING' },
    ]);
    expect(s.map((x) => [x.status, x.state])).toEqual([
      ['SUBMITTED', 'done'],
      ['ACCEPTED', 'done'],
      ['UNDER_REVIEW', 'done'],
      ['RECOMMENDED', 'done'],
      ['PILOTING', 'current'],
      ['APPLIED', 'upcoming'],
      ['SCALED', 'upcoming'],
    ]);
    expect(s[0]!.at).toBe(received);
    expect(s[4]!.at).toBe('2026-07-01T00:00:00Z');
    expect(s[5]!.at).toBeNull();
  });

  it('shows support only for ideas that went through it', () => {
    const s = stageTimeline('UNDER_REVIEW', received, [
      { at: '2026-05-20T00:00:00Z', toStatus: 'ACCEPTED' },
      { at: '2026-05-25T00:00:00Z', toStatus: 'IN_SUPPORT' },
      { at: '2026-06-25T00:00:00Z', toStatus: 'UNDER_REVIEW' },
    ]);
    expect(s.map((x) => x.status).slice(0, 4)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'IN_SUPPORT',
      'UNDER_REVIEW',
    ]);
    expect(stageTimeline('ACCEPTED', received, []).map((x) => x.status)).not.toContain(
      'IN_SUPPORT',
    );
  });

  it('ends the road where an archived idea stopped', () => {
    const s = stageTimeline('ARCHIVED', received, [
      { at: '2026-05-20T00:00:00Z', toStatus: 'ACCEPTED' },
      { at: '2026-06-20T00:00:00Z', toStatus: 'ARCHIVED' },
    ]);
    expect(s.map((x) => [x.status, x.state])).toEqual([
      ['SUBMITTED', 'done'],
      ['ACCEPTED', 'done'],
      ['ARCHIVED', 'current'],
    ]);
  });
});
