import {
  AwardEvidenceDocument,
  AwardIdeaAuthorsDocument,
  AwardSettingsDocument,
  AwardTotalsDocument,
  AwardUnitsDocument,
  AwardsDocument,
  DecideAwardDocument,
  ProposeAwardDocument,
  RevokeAwardDocument,
  type AwardForm,
  type IdeaStatus,
  type RecipientKind,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf, oneOf } from '$lib/server/forms';
import { AWARD_FORMS, AWARD_STATUSES, RECIPIENT_KINDS } from '$lib/i18n';
import { isoDay } from '$lib/follow-up';
import { formatMoney, prizeBasis } from '$lib/money';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ideas usually cited: those that reached a pilot, an application or scaling. */
const EVIDENCE_STATUSES: IdeaStatus[] = ['RECOMMENDED', 'PILOTING', 'APPLIED', 'SCALED'];

export const load: PageServerLoad = async (event) => {
  requireHub(event.locals);
  const p = event.url.searchParams;
  const query = {
    status: oneOf(p.get('trang-thai'), AWARD_STATUSES),
    chartBy: p.get('bieu-do') === 'nam' ? ('year' as const) : ('form' as const),
    search: (p.get('tim') ?? '').trim().slice(0, 200),
    ideaId: UUID.test(p.get('y-tuong') ?? '') ? p.get('y-tuong') : null,
  };
  const [list, totals, settings, evidence, units, fromIdea] = await Promise.all([
    gql(event, AwardsDocument, { status: query.status }),
    gql(event, AwardTotalsDocument),
    gql(event, AwardSettingsDocument),
    gql(event, AwardEvidenceDocument, {
      where: query.search ? { search: query.search } : { status: EVIDENCE_STATUSES },
      first: 100,
    }),
    gql(event, AwardUnitsDocument),
    query.ideaId
      ? gql(event, AwardIdeaAuthorsDocument, { id: query.ideaId })
      : Promise.resolve({ idea: null }),
  ]);
  const candidates = evidence.ideas.nodes.filter((i) => i.id !== fromIdea.idea?.id);
  return {
    query,
    awards: list.awards,
    totals: totals.awards,
    rates: settings.awardRates,
    salaries: settings.baseSalaries,
    units: units.units,
    fromIdea: fromIdea.idea,
    evidence: fromIdea.idea ? [fromIdea.idea, ...candidates] : candidates,
  };
};

export const actions: Actions = {
  /** A proposal with its evidence; the recipient is an author (person) or a unit (collective). */
  propose: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = {
      recipientKind: textOf(data, 'recipientKind'),
      personId: textOf(data, 'personId'),
      unitId: textOf(data, 'unitId'),
      recipientName: textOf(data, 'recipientName'),
      form: textOf(data, 'form'),
      higherLevelForm: textOf(data, 'higherLevelForm'),
      achievement: textOf(data, 'achievement'),
      ideaIds: textsOf(data, 'ideaIds'),
      pilotIds: textsOf(data, 'pilotIds'),
      adoptionIds: textsOf(data, 'adoptionIds'),
      forIdea: textOf(data, 'forIdea'),
    };
    const kind = oneOf<RecipientKind>(values.recipientKind, RECIPIENT_KINDS);
    const form = oneOf<AwardForm>(values.form, AWARD_FORMS);
    const errors: Record<string, string> = {};
    if (!kind) errors.recipientKind = t('server.award.recipientKind');
    if (!form) errors.form = t('server.award.form');
    const personId = kind === 'INDIVIDUAL' ? values.personId : '';
    const unitId = kind === 'COLLECTIVE' ? values.unitId : '';
    let recipientName = values.recipientName;
    // The name may be left to the chosen author or unit.
    if (!recipientName && personId && UUID.test(values.forIdea)) {
      const { idea } = await gql(event, AwardIdeaAuthorsDocument, { id: values.forIdea });
      recipientName = idea?.authors.find((a) => a.personId === personId)?.displayName ?? '';
    }
    if (!recipientName && unitId) {
      const { units } = await gql(event, AwardUnitsDocument);
      recipientName = units.find((u) => u.id === unitId)?.name ?? '';
    }
    if (!recipientName) errors.recipientName = t('server.award.recipientName');
    if (Object.keys(errors).length) return localFailure('propose', errors, values);
    try {
      const { proposeAward } = await gql(event, ProposeAwardDocument, {
        input: {
          recipientKind: kind!,
          form: form!,
          higherLevelForm: form === 'HIGHER_LEVEL' ? values.higherLevelForm || null : null,
          recipientName,
          personId: personId || null,
          unitId: unitId || null,
          achievement: values.achievement,
          ideaIds: values.ideaIds,
          pilotIds: values.pilotIds,
          adoptionIds: values.adoptionIds,
        },
      });
      return {
        form: 'propose',
        message: t('server.award.proposed', { name: proposeAward.recipientName }),
        values: { id: proposeAward.id },
      };
    } catch (err) {
      return apiFailure(err, 'propose', values, event.url.pathname);
    }
  },

  /** The Chairman's decision: the prize is computed by the API from the settings of that day. */
  decide: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = {
      id: textOf(data, 'id'),
      decisionNumber: textOf(data, 'decisionNumber'),
      decisionDate: textOf(data, 'decisionDate'),
    };
    const day = isoDay(values.decisionDate);
    if (!day) {
      return localFailure('decide', { decisionDate: t('server.award.decisionDate') }, values);
    }
    try {
      const { decideAward } = await gql(event, DecideAwardDocument, {
        id: values.id,
        decisionNumber: values.decisionNumber,
        decisionDate: day,
      });
      const { prizeAmount, coefficient, baseSalary } = decideAward;
      return {
        form: 'decide',
        message:
          prizeAmount !== null && coefficient !== null && baseSalary !== null
            ? t('server.award.decidedPrize', {
                number: values.decisionNumber,
                prize: formatMoney(prizeAmount),
                basis: prizeBasis(coefficient, baseSalary, prizeAmount),
              })
            : t('server.award.decided', { number: values.decisionNumber }),
        values: { id: values.id },
      };
    } catch (err) {
      return apiFailure(err, 'decide', values, event.url.pathname);
    }
  },

  /** Revoked (e.g. obtained by fraud): the record, its evidence and the money to recover stay. */
  revoke: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = { id: textOf(data, 'id'), reason: textOf(data, 'reason') };
    if (!values.reason) {
      return localFailure('revoke', { reason: t('server.award.revokeReason') }, values);
    }
    try {
      await gql(event, RevokeAwardDocument, values);
      return {
        form: 'revoke',
        message: t('server.award.revoked'),
        values: { id: values.id },
      };
    } catch (err) {
      return apiFailure(err, 'revoke', values, event.url.pathname);
    }
  },
};
