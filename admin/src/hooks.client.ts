import { useLanguage } from '$lib/messages';

// In the browser, `t` speaks the page's language, which the server wrote into `<html lang>`
// (changing it reloads the page).
useLanguage(() => (document.documentElement.lang === 'en' ? 'en' : 'vi'));
