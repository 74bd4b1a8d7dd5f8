import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) => {
    let text = catalog[key] ?? vi[key];
    if (params)
      for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, String(v));
    return text;
  };
}

export function pickLang(value: string | null | undefined): Lang | null {
  return value === 'vi' || value === 'en' ? value : null;
}

export type { MessageKey };
