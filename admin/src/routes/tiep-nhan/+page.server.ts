import { t } from '$lib/messages';
import { randomUUID } from 'node:crypto';
import { IntakeFormDocument, RecordInPersonIdeaDocument, type Maturity } from '$lib/gql/graphql';
import { ApiError, gql, upload } from '$lib/server/graphql';
import { requireReception } from '$lib/server/access';
import { apiFailure, filesOf, localFailure, textOf, textsOf } from '$lib/server/forms';
import { MATURITIES } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

interface KeptFile {
  id: string;
  fileName: string;
}

/** Files uploaded by an earlier attempt of the form, so nobody has to choose them again. */
function keptFiles(data: FormData, name: string): KeptFile[] {
  const out: KeptFile[] = [];
  for (const raw of data.getAll(name)) {
    if (typeof raw !== 'string') continue;
    try {
      const v = JSON.parse(raw) as Partial<KeptFile>;
      if (
        typeof v.id === 'string' &&
        typeof v.fileName === 'string' &&
        /^[0-9a-f-]{36}$/i.test(v.id)
      )
        out.push({ id: v.id, fileName: v.fileName });
    } catch {
      // A tampered value is dropped; the file can be chosen again.
    }
  }
  return out;
}

export const load: PageServerLoad = async (event) => {
  requireReception(event.locals);
  const viewer = event.locals.viewer!;
  const form = await gql(event, IntakeFormDocument);
  // The API answers the points this officer is assigned to (every point for the hub).
  const points = form.myReceptionPoints.map((p) => ({
    id: p.id,
    name: p.name,
    unitId: p.unit.id,
    unitName: p.unit.name,
  }));
  const campaignFields = form.currentCampaign?.fields ?? [];
  return {
    points,
    fields: campaignFields.length ? campaignFields : form.fields,
    campaign: form.currentCampaign ? { title: form.currentCampaign.title } : null,
    privacyNotice: form.privacyNotice,
    communeName: viewer.tenant.name,
    // One key per form shown: a double click or a retry never records the idea twice.
    idempotencyKey: randomUUID(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireReception(event.locals);
    const data = await event.request.formData();
    const values = {
      receptionPointId: textOf(data, 'receptionPointId'),
      title: textOf(data, 'title'),
      problem: textOf(data, 'problem'),
      solution: textOf(data, 'solution'),
      benefit: textOf(data, 'benefit'),
      requirements: textOf(data, 'requirements'),
      fieldIds: textsOf(data, 'fieldIds'),
      maturity: textOf(data, 'maturity'),
      fullName: textOf(data, 'fullName'),
      email: textOf(data, 'email'),
      phone: textOf(data, 'phone'),
      address: textOf(data, 'address'),
      consentNote: textOf(data, 'consentNote'),
      noticeVersion: Number(textOf(data, 'noticeVersion')) || 0,
      consents: {
        processData: data.get('processData') === 'on',
        showName: data.get('showName') === 'on',
        publishContent: data.get('publishContent') === 'on',
        allowPilot: data.get('allowPilot') === 'on',
        allowScale: data.get('allowScale') === 'on',
        shareProgrammes: data.get('shareProgrammes') === 'on',
      },
      idempotencyKey: textOf(data, 'idempotencyKey') || randomUUID(),
      paperForm: keptFiles(data, 'paperForm')[0] ?? null,
      attachments: keptFiles(data, 'attachment'),
    };
    const fieldErrors: Record<string, string> = {};
    const [paperFile] = filesOf(data, 'paperFile');
    if (paperFile) {
      try {
        const up = await upload(event, paperFile, 'PAPER_FORM');
        values.paperForm = { id: up.id, fileName: up.fileName };
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        fieldErrors.paperFormId = err.message;
      }
    } else if (!values.paperForm) {
      fieldErrors.paperFormId = t('server.intake.paperRequired');
    }
    for (const file of filesOf(data, 'files')) {
      try {
        const up = await upload(event, file, 'SUPPORTING');
        values.attachments.push({ id: up.id, fileName: up.fileName });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        fieldErrors.attachmentIds = err.message;
      }
    }
    if (Object.keys(fieldErrors).length) {
      return localFailure('intake', fieldErrors, values, t('server.intake.notRecorded'));
    }
    try {
      const { recordInPersonIdea } = await gql(event, RecordInPersonIdeaDocument, {
        input: {
          receptionPointId: values.receptionPointId,
          title: values.title,
          problem: values.problem,
          solution: values.solution,
          benefit: values.benefit,
          requirements: values.requirements || null,
          fieldIds: values.fieldIds,
          maturity: MATURITIES.includes(values.maturity as Maturity)
            ? (values.maturity as Maturity)
            : 'PRELIMINARY',
          author: {
            fullName: values.fullName,
            email: values.email || null,
            phone: values.phone || null,
            address: values.address || null,
          },
          consents: { noticeVersion: values.noticeVersion, ...values.consents },
          consentNote: values.consentNote || null,
          paperFormId: values.paperForm!.id,
          attachmentIds: values.attachments.map((a) => a.id),
          idempotencyKey: values.idempotencyKey,
        },
      });
      return {
        form: 'intake',
        receipt: recordInPersonIdea,
        receptionPointId: values.receptionPointId,
      };
    } catch (err) {
      return apiFailure(err, 'intake', values, '/tiep-nhan');
    }
  },
};
