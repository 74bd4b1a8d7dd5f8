// Live counters of the home page. The home page has no client app (it is read-only and renders on
// the server), so this small script alone refreshes the numbers every 30 seconds while the page is
// visible, with a pause button (WCAG 2.2.2). Without JavaScript the numbers are those of the load.
(() => {
  const root = /** @type {HTMLElement | null} */ (document.querySelector('[data-live-counters]'));
  if (!root) return;
  const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  const number = new Intl.NumberFormat(locale);
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-live-status]'));
  const button = /** @type {HTMLButtonElement} */ (root.querySelector('[data-live-toggle]'));
  const text = root.dataset;
  let paused = false;
  /** @type {Date | null} */
  let updatedAt = null;

  const show = () => {
    let line = (paused ? text.paused : text.live) ?? '';
    if (updatedAt) {
      const time = updatedAt.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
      line += ` (${(text.updated ?? '').replace('{time}', time)})`;
    }
    status.textContent = line;
  };

  const refresh = async () => {
    if (paused || document.visibilityState !== 'visible') return;
    try {
      const res = await fetch('/so-lieu.json');
      if (!res.ok) return;
      const counters = await res.json();
      for (const el of root.querySelectorAll('[data-counter]')) {
        const value = counters[/** @type {HTMLElement} */ (el).dataset.counter ?? ''];
        if (typeof value === 'number') el.textContent = number.format(value);
      }
      updatedAt = new Date();
      show();
    } catch {
      // Offline for a moment: keep the last numbers.
    }
  };

  button.addEventListener('click', () => {
    paused = !paused;
    button.setAttribute('aria-pressed', String(paused));
    button.textContent = (paused ? text.resume : text.pause) ?? '';
    show();
    if (!paused) refresh();
  });
  status.hidden = false;
  button.hidden = false;
  show();
  setInterval(refresh, 30_000);
  document.addEventListener('visibilitychange', refresh);
})();
