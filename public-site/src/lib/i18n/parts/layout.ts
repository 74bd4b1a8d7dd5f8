/** Messages of the site's layout on phones (menus, galleries), merged into vi.ts and en.ts. */
export const vi = {
  'gallery.moreFilters': 'Lọc theo lĩnh vực, thôn, năm, giai đoạn',
  'gallery.active': 'đang chọn {n}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'gallery.moreFilters': 'Filter by field, village, year, stage',
  'gallery.active': '{n} selected',
};
