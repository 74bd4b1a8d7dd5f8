import { error } from '@sveltejs/kit';
import {
  CompleteDataRequestDocument,
  DataRequestKindDocument,
  DataRequestQueueDocument,
  DataSubjectLookupDocument,
  FileDataRequestInPersonDocument,
  RefuseDataRequestDocument,
  type ConsentKind,
  type DataRequestKind,
  type DataRequestStatus,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireHub } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf, oneOf } from '$lib/server/forms';
import { isHub, mayFileDataRequests } from '$lib/roles';
import {
  DATA_REQUEST_KIND,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
  RIGHTS_CONSENTS,
} from '$lib/i18n';
import { vnDay } from '$lib/data-requests';
import { formatDate } from '@khoi-nguon/schema/client';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/messages';

/** The word the erasure's confirmation sends: nothing is erased without it. */
const ERASE_CONFIRMATION = 'xoa-vinh-vien';

function requireFiling(locals: App.Locals): void {
  if (!mayFileDataRequests(locals.viewer)) {
    error(403, {
      message: t('server.forbidden.dataRequests'),
      code: 'FORBIDDEN',
    });
  }
}

export const load: PageServerLoad = async (event) => {
  requireFiling(event.locals);
  const hub = isHub(event.locals.viewer);
  const params = event.url.searchParams;
  const asked = params.get('trang-thai') ?? 'RECEIVED';
  const status =
    asked === 'ALL' ? null : (oneOf<DataRequestStatus>(asked, DATA_REQUEST_STATUSES) ?? 'RECEIVED');
  const overdue = params.get('qua-han') === '1';
  const code = (params.get('ma') ?? '').trim();
  const year = Number(vnDay(event.locals.now).slice(0, 4));

  const [queue, lookup] = await Promise.all([
    hub
      ? gql(event, DataRequestQueueDocument, {
          status,
          overdue: overdue || null,
          year,
          next: year + 1,
        })
      : Promise.resolve(null),
    code ? gql(event, DataSubjectLookupDocument, { search: code }) : Promise.resolve(null),
  ]);
  const found =
    lookup?.ideas.nodes.find((i) => i.trackingCode?.toUpperCase() === code.toUpperCase()) ?? null;
  return {
    hub,
    filter: { status: status ?? 'ALL', overdue },
    requests: queue?.dataRequests ?? [],
    holidays: [...(queue?.thisYear ?? []), ...(queue?.nextYear ?? [])].map((h) => h.day),
    code,
    subject: found
      ? {
          id: found.id,
          title: found.title,
          trackingCode: found.trackingCode,
          // Authors come with their id only to the staff working on the idea.
          mine: found.authors.some((a) => a.id),
          authors: found.authors
            .filter((a): a is typeof a & { id: string } => Boolean(a.id) && !a.anonymised)
            .map((a) => ({ id: a.id, role: a.role, name: a.displayName })),
        }
      : null,
  };
};

export const actions: Actions = {
  /** Carries out a request; an erasure is irreversible and asks for a confirmation first. */
  complete: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = { id: textOf(data, 'id'), note: textOf(data, 'note') };
    try {
      const { dataRequest } = await gql(event, DataRequestKindDocument, { id: values.id });
      if (!dataRequest)
        return localFailure('complete', {}, values, t('server.dataRequest.notFound'));
      if (dataRequest.kind === 'ERASE' && textOf(data, 'confirm') !== ERASE_CONFIRMATION) {
        return {
          form: 'confirmErase',
          values: { ...values, subjectName: dataRequest.subjectName },
        };
      }
      const { completeDataRequest: done } = await gql(event, CompleteDataRequestDocument, {
        id: values.id,
        note: values.note || null,
      });
      const download = done.kind === 'ACCESS' || done.kind === 'EXPORT';
      return {
        form: 'complete',
        message:
          done.kind === 'ERASE'
            ? t('server.dataRequest.erased')
            : t('server.dataRequest.done', { kind: DATA_REQUEST_KIND[done.kind] }),
        values: { id: values.id, download },
      };
    } catch (err) {
      return apiFailure(err, 'complete', values, event.url.pathname);
    }
  },

  /** Refuses a request, with the reason and its legal basis (sent to the requester). */
  refuse: async (event) => {
    requireHub(event.locals);
    const data = await event.request.formData();
    const values = { id: textOf(data, 'id'), reason: textOf(data, 'reason') };
    if (!values.reason)
      return localFailure('refuse', { reason: t('server.dataRequest.refuseReason') }, values);
    try {
      await gql(event, RefuseDataRequestDocument, values);
      return {
        form: 'refuse',
        message: t('server.dataRequest.refused'),
        values: { id: values.id },
      };
    } catch (err) {
      return apiFailure(err, 'refuse', values, event.url.pathname);
    }
  },

  /** A request made in person at a reception point, recorded by the officer. */
  file: async (event) => {
    requireFiling(event.locals);
    const data = await event.request.formData();
    const values = {
      code: textOf(data, 'code'),
      authorId: textOf(data, 'authorId'),
      kind: textOf(data, 'kind'),
      details: textOf(data, 'details'),
      'corrections.fullName': textOf(data, 'corrections.fullName'),
      'corrections.email': textOf(data, 'corrections.email'),
      'corrections.phone': textOf(data, 'corrections.phone'),
      'corrections.address': textOf(data, 'corrections.address'),
      consentKinds: textsOf(data, 'consentKinds'),
    };
    const errors: Record<string, string> = {};
    const kind = oneOf<DataRequestKind>(values.kind, DATA_REQUEST_KINDS);
    if (!values.authorId) errors.authorId = t('server.dataRequest.requester');
    if (!kind) errors.kind = t('server.dataRequest.kind');
    if (Object.keys(errors).length) return localFailure('file', errors, values);
    try {
      const { fileDataRequestInPerson: r } = await gql(event, FileDataRequestInPersonDocument, {
        authorId: values.authorId,
        input: {
          kind: kind!,
          details: values.details || null,
          corrections:
            kind === 'CORRECT'
              ? {
                  fullName: values['corrections.fullName'] || null,
                  email: values['corrections.email'] || null,
                  phone: values['corrections.phone'] || null,
                  address: values['corrections.address'] || null,
                }
              : null,
          consentKinds:
            kind === 'WITHDRAW_CONSENT'
              ? values.consentKinds.filter((k): k is ConsentKind =>
                  RIGHTS_CONSENTS.includes(k as ConsentKind),
                )
              : null,
        },
      });
      return {
        form: 'file',
        message:
          r.status === 'DONE'
            ? t('server.dataRequest.filedDone', {
                kind: DATA_REQUEST_KIND[r.kind],
                name: r.subjectName,
                outcome: r.outcome ?? t('server.dataRequest.carriedOut'),
              })
            : t('server.dataRequest.filed', {
                kind: DATA_REQUEST_KIND[r.kind],
                name: r.subjectName,
                due: formatDate(r.dueAt),
              }),
      };
    } catch (err) {
      return apiFailure(err, 'file', values, event.url.pathname);
    }
  },
};
