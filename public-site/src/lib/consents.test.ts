import { describe, expect, it } from 'vitest';
import { consentActions, readConsentChoices } from './consents';

describe('consents on the tracking page', () => {
  it('offers to withdraw a consent in force and to give one that is not', () => {
    expect(
      consentActions(
        { kind: 'PUBLISH_CONTENT', self: true, guardian: null, effective: true },
        false,
      ),
    ).toEqual({ state: 'given', canGive: false, canWithdraw: true, throughRequest: false });
    expect(
      consentActions({ kind: 'SHOW_NAME', self: false, guardian: null, effective: false }, false),
    ).toEqual({ state: 'none', canGive: true, canWithdraw: false, throughRequest: false });
  });

  it('never offers a button to withdraw processing consent: that goes through a data request', () => {
    expect(
      consentActions({ kind: 'PROCESS_DATA', self: true, guardian: null, effective: true }, false),
    ).toMatchObject({ canWithdraw: false, throughRequest: true });
  });

  it('shows a minor’s consent given by only one of the two as incomplete, with both buttons', () => {
    const onlyChild = {
      kind: 'ALLOW_PILOT' as const,
      self: true,
      guardian: false,
      effective: false,
    };
    expect(consentActions(onlyChild, true)).toEqual({
      state: 'partial',
      canGive: true,
      canWithdraw: true,
      throughRequest: false,
    });
    const onlyGuardian = { ...onlyChild, self: false, guardian: true };
    expect(consentActions(onlyGuardian, true).state).toBe('partial');
    // For an adult a guardian flag means nothing.
    expect(consentActions(onlyGuardian, false).state).toBe('none');
  });

  it('reads ticked boxes as given and absent boxes as not given', () => {
    const data = new FormData();
    data.set('processData', 'on');
    data.set('publishContent', 'on');
    expect(readConsentChoices(data)).toEqual({
      processData: true,
      showName: false,
      publishContent: true,
      allowPilot: false,
      allowScale: false,
      shareProgrammes: false,
      guardianConsent: false,
    });
  });
});
