/**
 * Messages of one area of the site, merged into vi.ts and en.ts (keys shared by both languages).
 * Keep keys prefixed by the area so they never collide with another part's.
 */
export const vi = {
  'english.noticeInVietnamese': '',
  'english.measuredAt': 'Kết quả đo tại',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'english.noticeInVietnamese':
    'The notice is the commune’s text in Vietnamese; it is the version that applies.',
  'english.measuredAt': 'Measured at',
};
