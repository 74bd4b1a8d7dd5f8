import {
  CreateUnitDocument,
  MergeUnitDocument,
  OrgUnitsDocument,
  SetUnitArchivedDocument,
  UpdateUnitDocument,
  type AreaType,
  type UnitKind,
} from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { requireOrganisationManager } from '$lib/server/access';
import { apiFailure, localFailure, oneOf, textOf } from '$lib/server/forms';
import { AREA_TYPES, UNIT_KINDS } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  requireOrganisationManager(event.locals);
  const params = event.url.searchParams;
  const q = params.get('q')?.trim() ?? '';
  const kind = oneOf(params.get('loai'), UNIT_KINDS);
  const archived = params.get('luu-tru') === '1';
  const page = Math.max(1, Number.parseInt(params.get('trang') ?? '1', 10) || 1);
  const data = await gql(event, OrgUnitsDocument, {
    search: q || null,
    kind,
    includeInactive: archived,
  });
  const total = data.units.length;
  const units = data.units.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const editId = params.get('sua');
  const editing = editId ? (data.units.find((u) => u.id === editId) ?? null) : null;
  const pageHref = (n: number) => {
    const p = new URLSearchParams(params);
    p.delete('sua');
    if (n > 1) p.set('trang', String(n));
    else p.delete('trang');
    const s = p.toString();
    return s ? `?${s}` : '?';
  };
  return {
    q,
    kind,
    archived,
    page,
    total,
    units,
    targets: data.allUnits,
    editing,
    paging: {
      after: page > 1 ? String(page) : null,
      hasNext: page * PAGE_SIZE < total,
      first: pageHref(1),
      next: pageHref(page + 1),
    },
  };
};

function unitValues(data: FormData) {
  return {
    id: textOf(data, 'id'),
    code: textOf(data, 'code'),
    name: textOf(data, 'name'),
    kind: textOf(data, 'kind'),
    areaType: textOf(data, 'areaType'),
    population: textOf(data, 'population'),
    parentId: textOf(data, 'parentId'),
  };
}

export const actions: Actions = {
  save: async (event) => {
    requireOrganisationManager(event.locals);
    const values = unitValues(await event.request.formData());
    const errors: Record<string, string> = {};
    const kind = oneOf<UnitKind>(values.kind, UNIT_KINDS);
    const areaType = oneOf<AreaType>(values.areaType, AREA_TYPES);
    if (!kind) errors.kind = 'Vui lòng chọn loại đơn vị.';
    if (!areaType) errors.areaType = 'Vui lòng chọn loại địa bàn.';
    const population = values.population ? Number(values.population.replace(/[.\s]/g, '')) : null;
    if (population !== null && !Number.isInteger(population))
      errors.population = 'Dân số phải là số nguyên không âm.';
    if (Object.keys(errors).length) return localFailure('save', errors, values);
    const input = {
      code: values.code,
      name: values.name,
      kind: kind!,
      areaType: areaType!,
      population,
      parentId: values.parentId || null,
    };
    try {
      if (values.id) {
        const r = await gql(event, UpdateUnitDocument, { id: values.id, input });
        return { form: 'save', message: `Đã lưu đơn vị ${r.updateUnit.name}.` };
      }
      const r = await gql(event, CreateUnitDocument, { input });
      return { form: 'save', message: `Đã thêm đơn vị ${r.createUnit.name}.` };
    } catch (err) {
      return apiFailure(err, 'save', values, event.url.pathname);
    }
  },

  archive: async (event) => {
    requireOrganisationManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    const archived = textOf(data, 'archived') === '1';
    if (archived && textOf(data, 'confirm') !== '1')
      return localFailure(
        'archive',
        { confirm: 'Vui lòng đánh dấu xác nhận trước khi lưu trữ.' },
        { id },
      );
    try {
      const r = await gql(event, SetUnitArchivedDocument, { id, archived });
      return {
        form: 'archive',
        message: archived
          ? `Đã lưu trữ ${r.setUnitArchived.name}.`
          : `Đã khôi phục ${r.setUnitArchived.name}.`,
      };
    } catch (err) {
      return apiFailure(err, 'archive', { id }, event.url.pathname);
    }
  },

  merge: async (event) => {
    requireOrganisationManager(event.locals);
    const data = await event.request.formData();
    const values = { id: textOf(data, 'id'), intoId: textOf(data, 'intoId') };
    const errors: Record<string, string> = {};
    if (!values.intoId) errors.intoId = 'Vui lòng chọn đơn vị nhận sáp nhập.';
    if (textOf(data, 'confirm') !== '1')
      errors.confirm = 'Vui lòng đánh dấu xác nhận trước khi sáp nhập.';
    if (Object.keys(errors).length) return localFailure('merge', errors, values);
    try {
      const r = await gql(event, MergeUnitDocument, values);
      return {
        form: 'merge',
        message: `Đã sáp nhập ${r.mergeUnit.name} vào ${r.mergeUnit.mergedInto?.name ?? ''}.`,
      };
    } catch (err) {
      return apiFailure(err, 'merge', values, event.url.pathname);
    }
  },
};
