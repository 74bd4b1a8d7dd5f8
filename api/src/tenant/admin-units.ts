import { readFileSync } from 'node:fs';
import { foldVietnamese, searchTerms, searchesNothing } from '../common/text.js';

/**
 * Vietnam's official administrative units after the 2025 reorganisation (34 provinces, 3,321
 * communes/wards), from `api/data/vn-admin-units.json` (source and licence in api/data/README.md).
 * Loaded once, names normalised to NFC.
 */
export interface AdminProvince {
  code: string;
  name: string;
}
export interface AdminCommune {
  code: string;
  name: string;
  provinceCode: string;
}

interface RawProvince {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string; ProvinceCode: string }[];
}

interface Index {
  provinces: Map<string, AdminProvince>;
  communes: Map<string, AdminCommune & { folded: string }>;
  byProvince: Map<string, (AdminCommune & { folded: string })[]>;
}

let index: Index | null = null;

function load(): Index {
  if (index) return index;
  const raw = JSON.parse(
    readFileSync(new URL('../../data/vn-admin-units.json', import.meta.url), 'utf8'),
  ) as RawProvince[];
  const provinces = new Map<string, AdminProvince>();
  const communes = new Map<string, AdminCommune & { folded: string }>();
  const byProvince = new Map<string, (AdminCommune & { folded: string })[]>();
  for (const p of raw) {
    const province = { code: p.Code, name: p.FullName.normalize('NFC').trim() };
    provinces.set(province.code, province);
    const list: (AdminCommune & { folded: string })[] = [];
    for (const w of p.Wards) {
      const name = w.FullName.normalize('NFC').trim();
      const c = { code: w.Code, name, provinceCode: p.Code, folded: foldVietnamese(name) };
      communes.set(c.code, c);
      list.push(c);
    }
    list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    byProvince.set(province.code, list);
  }
  index = { provinces, communes, byProvince };
  return index;
}

const strip = ({ code, name, provinceCode }: AdminCommune): AdminCommune => ({
  code,
  name,
  provinceCode,
});

export function allProvinces(): AdminProvince[] {
  return [...load().provinces.values()];
}

export function provinceByCode(code: string): AdminProvince | null {
  return load().provinces.get(code.trim()) ?? null;
}

export function communeByCode(code: string): AdminCommune | null {
  const c = load().communes.get(code.trim());
  return c ? strip(c) : null;
}

/** The province a commune belongs to. */
export function provinceOfCommune(code: string): AdminProvince | null {
  const c = load().communes.get(code.trim());
  return c ? provinceByCode(c.provinceCode) : null;
}

/** Communes of one province whose name contains every search term, accents ignored. */
export function searchCommunes(provinceCode: string, query = '', limit = 50): AdminCommune[] {
  const list = load().byProvince.get(provinceCode) ?? [];
  const terms = searchTerms(query);
  const hits = terms.length
    ? list.filter((c) => terms.every((t) => c.folded.includes(t)))
    : searchesNothing(query)
      ? []
      : list;
  return hits.slice(0, limit).map(strip);
}

/** The number of communes of a province (for "n of N created"). */
export function communeCount(provinceCode: string): number {
  return load().byProvince.get(provinceCode)?.length ?? 0;
}

/** "Xã Như Thanh" → "Như Thanh": the place name used in documents' "…, ngày … tháng … năm …". */
export function placeName(name: string): string {
  return name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/iu, '').trim();
}
