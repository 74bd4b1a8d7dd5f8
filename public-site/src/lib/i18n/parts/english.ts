/**
 * Messages of one area of the site, merged into vi.ts and en.ts (keys shared by both languages).
 * Keep keys prefixed by the area so they never collide with another part's.
 */
export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
