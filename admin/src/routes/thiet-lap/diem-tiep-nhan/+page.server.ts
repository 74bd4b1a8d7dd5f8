import {
  CreateReceptionPointDocument,
  OrgReceptionPointsDocument,
  ReceptionOfficerChoicesDocument,
  SetReceptionPointActiveDocument,
  UpdateReceptionPointDocument,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireOrganisationManager } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireOrganisationManager(event.locals);
  const params = event.url.searchParams;
  const q = params.get('q')?.trim() ?? '';
  const [data, choices] = await Promise.all([
    gql(event, OrgReceptionPointsDocument, { search: q || null }),
    gql(event, ReceptionOfficerChoicesDocument),
  ]);
  const editId = params.get('sua');
  const editing = editId ? (data.receptionPoints.find((p) => p.id === editId) ?? null) : null;
  const unitId = params.get('don-vi');
  // Points grouped by their unit, in the API's order (kind, then Vietnamese name).
  const groups: { unit: { id: string; name: string }; points: typeof data.receptionPoints }[] = [];
  for (const p of data.receptionPoints) {
    const last = groups.at(-1);
    if (last && last.unit.id === p.unit.id) last.points.push(p);
    else groups.push({ unit: { id: p.unit.id, name: p.unit.name }, points: [p] });
  }
  return {
    q,
    total: data.receptionPoints.length,
    groups,
    units: data.units,
    officers: choices.staffMembers,
    editing,
    presetUnitId: data.units.some((u) => u.id === unitId) ? unitId : null,
    coverage: data.transparencyStats.receptionCoverage,
  };
};

function pointValues(data: FormData) {
  return {
    id: textOf(data, 'id'),
    unitId: textOf(data, 'unitId'),
    name: textOf(data, 'name'),
    address: textOf(data, 'address'),
    openingHours: textOf(data, 'openingHours'),
    phone: textOf(data, 'phone'),
    officerIds: textsOf(data, 'officerIds'),
  };
}

export const actions: Actions = {
  save: async (event) => {
    requireOrganisationManager(event.locals);
    const data = await event.request.formData();
    const values = pointValues(data);
    if (!values.unitId) return localFailure('save', { unitId: 'Vui lòng chọn đơn vị.' }, values);
    const input = {
      unitId: values.unitId,
      name: values.name,
      address: values.address || null,
      openingHours: values.openingHours || null,
      phone: values.phone || null,
      officerIds: values.officerIds,
      active: values.id ? textOf(data, 'active') === '1' : true,
    };
    try {
      if (values.id) {
        const r = await gql(event, UpdateReceptionPointDocument, { id: values.id, input });
        return { form: 'save', message: `Đã lưu đầu mối ${r.updateReceptionPoint.name}.` };
      }
      const r = await gql(event, CreateReceptionPointDocument, { input });
      return { form: 'save', message: `Đã thêm đầu mối ${r.createReceptionPoint.name}.` };
    } catch (err) {
      return apiFailure(err, 'save', values, event.url.pathname);
    }
  },

  active: async (event) => {
    requireOrganisationManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const active = textOf(data, 'active') === '1';
    if (!active && textOf(data, 'confirm') !== '1')
      return localFailure(
        'active',
        { confirm: 'Vui lòng đánh dấu xác nhận trước khi ngừng đầu mối.' },
        { id },
      );
    try {
      const r = await gql(event, SetReceptionPointActiveDocument, { id, active });
      return {
        form: 'active',
        message: active
          ? `Đã mở lại đầu mối ${r.setReceptionPointActive.name}.`
          : `Đã ngừng đầu mối ${r.setReceptionPointActive.name}.`,
      };
    } catch (err) {
      return apiFailure(err, 'active', { id }, event.url.pathname);
    }
  },
};
