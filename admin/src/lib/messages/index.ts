/**
 * The admin's message catalog: Vietnamese first, English with the same keys (the type of en.ts
 * forces it). Pages call `t('key', { name })`; enum labels stay in $lib/i18n.
 */
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` in a message is replaced by `params.name`. */
export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) => {
    let text: string = catalog[key] ?? vi[key];
    if (params)
      for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
}

let currentLanguage: () => Lang = () => 'vi';

/**
 * Where `t` finds the language of the moment: the request's on the server (hooks.server.ts), the
 * page's `<html lang>` in the browser (hooks.client.ts). Vietnamese until one is set.
 */
export function useLanguage(source: () => Lang): void {
  currentLanguage = source;
}

/** Translates into the language of the moment: Vietnamese unless the staff member chose English. */
export const t: Translate = (key, params) => translator(currentLanguage())(key, params);
