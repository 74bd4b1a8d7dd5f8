import { isoDay } from '$lib/follow-up';
import { oneOf, textOf } from '$lib/server/forms';
import { CAMPAIGN_STATUSES } from '$lib/i18n';
import type { CampaignInput, CampaignStatus } from '$lib/gql/graphql';

/** The campaign form as typed, and its input for the API (or the local field errors). */
export function campaignForm(data: FormData): {
  values: Record<string, string>;
  input: CampaignInput | null;
  errors: Record<string, string>;
} {
  const values = {
    code: textOf(data, 'code'),
    title: textOf(data, 'title'),
    description: textOf(data, 'description'),
    startsOn: textOf(data, 'startsOn'),
    endsOn: textOf(data, 'endsOn'),
    status: textOf(data, 'status'),
  };
  const errors: Record<string, string> = {};
  const startsOn = isoDay(values.startsOn);
  const endsOn = isoDay(values.endsOn);
  if (!startsOn) errors.startsOn = 'Ngày bắt đầu không hợp lệ (dd/mm/yyyy).';
  if (!endsOn) errors.endsOn = 'Ngày kết thúc không hợp lệ (dd/mm/yyyy).';
  const status = oneOf<CampaignStatus>(values.status, CAMPAIGN_STATUSES);
  if (!status) errors.status = 'Vui lòng chọn trạng thái.';
  if (Object.keys(errors).length) return { values, input: null, errors };
  return {
    values,
    errors,
    input: {
      code: values.code,
      title: values.title,
      description: values.description || null,
      startsOn: startsOn!,
      endsOn: endsOn!,
      status: status!,
    },
  };
}
