import { describe, expect, it } from 'vitest';
import {
  isCouncilMember,
  isHub,
  landingPage,
  mayEditContent,
  mayFileDataRequests,
  mayRecordInPerson,
  maySeeContent,
} from './roles';

describe('content permissions', () => {
  const editor = ['EDIT_CONTENT', 'SEE_CONTENT'] as const;
  const hubOnly = ['TRIAGE', 'RECORD_IN_PERSON', 'SEE_CONTENT'] as const;

  it('lets those who edit content write it, and the hub read it', () => {
    expect(mayEditContent(editor)).toBe(true);
    expect(mayEditContent(hubOnly)).toBe(false);
    expect(maySeeContent(hubOnly)).toBe(true);
    expect(maySeeContent(['RECORD_IN_PERSON', 'SCORE'])).toBe(false);
    expect(maySeeContent(null)).toBe(false);
  });

  it('sends those who only edit to the content after signing in, everyone else to the ideas', () => {
    expect(landingPage(editor)).toBe('/noi-dung');
    expect(landingPage([...editor, ...hubOnly])).toBe('/y-tuong');
    expect(landingPage(['RECORD_IN_PERSON'])).toBe('/y-tuong');
    expect(landingPage([])).toBe('/y-tuong');
    expect(landingPage(['MANAGE_COMMUNES'])).toBe('/thiet-lap/cac-xa');
  });
});

describe('the viewer’s permissions, as the API computes them', () => {
  it('decide every screen from the permissions the API sends', () => {
    const editor = { permissions: ['EDIT_CONTENT', 'SEE_CONTENT'] as const };
    expect(mayEditContent(editor)).toBe(true);
    expect(isHub(editor)).toBe(false);
    expect(landingPage(editor)).toBe('/noi-dung');

    const officer = { permissions: ['RECORD_IN_PERSON', 'FILE_DATA_REQUESTS'] as const };
    expect(mayRecordInPerson(officer)).toBe(true);
    expect(mayFileDataRequests(officer)).toBe(true);
    expect(maySeeContent(officer)).toBe(false);
    expect(landingPage(officer)).toBe('/y-tuong');

    expect(isCouncilMember({ permissions: ['SCORE'] })).toBe(true);
    expect(isHub({ permissions: ['TRIAGE'] })).toBe(true);
    // A staff member the API grants nothing (say a reception officer without a unit) gets nothing.
    const none = { permissions: [] };
    for (const rule of [
      isHub,
      mayRecordInPerson,
      isCouncilMember,
      mayFileDataRequests,
      mayEditContent,
    ])
      expect(rule(none)).toBe(false);
    expect(landingPage(none)).toBe('/y-tuong');
  });

  it('take a bare list of permissions too', () => {
    expect(isHub(['TRIAGE'])).toBe(true);
    expect(mayEditContent(['SEE_CONTENT'])).toBe(false);
  });
});
