import type { Lang } from './index';

/**
 * Names the commune keeps in both languages (fields, a campaign's phases): the English one on
 * English pages when the commune gave it, else the Vietnamese one — which the page then marks
 * `lang="vi"` (`nameLang`) so that screen readers read it with a Vietnamese voice.
 */
export interface Named {
  name: string;
  nameEn?: string | null;
}

export function nameIn(lang: Lang, item: Named): string {
  return lang === 'en' && item.nameEn?.trim() ? item.nameEn : item.name;
}

/** `lang` for the element showing `nameIn`: 'vi' where an English page falls back to Vietnamese. */
export function nameLang(lang: Lang, item: Named): 'vi' | undefined {
  return lang !== 'vi' && !item.nameEn?.trim() ? 'vi' : undefined;
}

/** Letters only Vietnamese writes: a text with one is Vietnamese (a stored note not translated). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** `lang` for a text the API gives in the page's language when it can (a step's note). */
export function textLang(lang: Lang, text: string | null | undefined): 'vi' | undefined {
  return lang !== 'vi' && text && VIETNAMESE.test(text) ? 'vi' : undefined;
}
