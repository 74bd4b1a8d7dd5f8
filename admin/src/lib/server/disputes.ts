/** Resolving a dispute of authors' rights: from the idea's Tác giả & quyền tab or /tranh-chap. */
import type { RequestEvent } from '@sveltejs/kit';
import { ResolveDisputeDocument, type DisputeStatus, type RightsStatus } from '$lib/gql/graphql';
import { gql } from './graphql';
import { apiFailure, localFailure, oneOf, textOf } from './forms';
import { RIGHTS_STATUSES } from '$lib/i18n';
import { t } from '$lib/messages';

type AnyEvent = Pick<RequestEvent, 'fetch' | 'locals' | 'request' | 'url'>;

export async function resolveDisputeAction(event: AnyEvent) {
  const data = await event.request.formData();
  const values = {
    disputeId: textOf(data, 'disputeId'),
    outcome: textOf(data, 'outcome'),
    resolution: textOf(data, 'resolution'),
    rightsStatus: textOf(data, 'rightsStatus'),
  };
  const errors: Record<string, string> = {};
  const outcome = oneOf<DisputeStatus>(values.outcome, ['UPHELD', 'DISMISSED']);
  if (!outcome) errors.outcome = t('server.dispute.outcome');
  if (!values.resolution) errors.resolution = t('server.dispute.resolution');
  const rightsStatus = oneOf<RightsStatus>(values.rightsStatus, RIGHTS_STATUSES);
  if (Object.keys(errors).length) return localFailure('dispute', errors, values);
  try {
    await gql(event, ResolveDisputeDocument, {
      input: {
        disputeId: values.disputeId,
        outcome: outcome!,
        resolution: values.resolution,
        rightsStatus,
      },
    });
    return {
      form: 'dispute',
      message: t('server.dispute.resolved', {
        outcome: t(outcome === 'UPHELD' ? 'server.dispute.upheld' : 'server.dispute.dismissed'),
      }),
      values: { disputeId: values.disputeId },
    };
  } catch (err) {
    return apiFailure(err, 'dispute', values, event.url.pathname);
  }
}
