import { AwardForm, RecipientKind } from './award.enums.js';

/**
 * Starting values of the dated award settings. They are data: when the law or the base salary
 * changes, staff add a new row with its date, and awards decided after that date use it.
 */
export const DEFAULT_BASE_SALARY = {
  amount: 2_340_000,
  validFrom: '2024-07-01',
  legalBasis: 'Nghị định 73/2024/NĐ-CP (mức lương cơ sở)',
};

export const DEFAULT_AWARD_RATES = [
  {
    form: AwardForm.COMMUNE_CERTIFICATE,
    recipientKind: RecipientKind.INDIVIDUAL,
    coefficient: 0.15,
  },
  {
    form: AwardForm.COMMUNE_CERTIFICATE,
    recipientKind: RecipientKind.COLLECTIVE,
    coefficient: 0.3,
  },
  { form: AwardForm.ADVANCED_WORKER, recipientKind: RecipientKind.INDIVIDUAL, coefficient: 0.3 },
  { form: AwardForm.ADVANCED_WORKER, recipientKind: RecipientKind.COLLECTIVE, coefficient: 0.8 },
].map((r) => ({
  ...r,
  validFrom: '2024-07-01',
  legalBasis:
    'Luật Thi đua, khen thưởng 06/2022/QH15 và nghị định hướng dẫn (đối chiếu văn bản hiện hành)',
}));
