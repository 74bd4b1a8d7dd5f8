import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import pg from 'pg';

export const browserAvailable = Boolean(inject('chromiumPath'));
export const skipReason = inject('browserSkipReason');
export const urls = {
  public: inject('publicUrl'),
  admin: inject('adminUrl'),
  api: inject('apiUrl'),
};

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath')!,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function newPage(
  browser: Browser,
  opts: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    // Only to inject test tooling (axe) into pages whose CSP allows their own scripts alone.
    bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (opts.javaScriptEnabled ?? true) {
    // Under load a click can land before the app has hydrated: wait for the apps' marker after
    // every full page load so forms are typed into and submitted by the live app.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      return response;
    };
  }
  return { context, page };
}

/** Direct SQL on the e2e database, for checks the UI cannot show. */
export async function e2eSql<R extends pg.QueryResultRow = any>(
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: inject('e2eDatabaseUrl') });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export const DEMO = {
  password: 'KhoiNguon@2026',
  hub: 'vhxh@nhuthanh.example',
  officerDongLac: 'tiepnhan.donglac@nhuthanh.example',
  editor: 'bientap@nhuthanh.example',
};

/** Signs a staff member in; they land on the idea inbox, or (editors) on `landing`. */
export async function staffLogin(
  page: Page,
  email: string,
  password = DEMO.password,
  landing: RegExp = /\/y-tuong/,
): Promise<void> {
  // Wait until the page's scripts have loaded: hydration rewrites the email input's `value`, so
  // typing into it earlier can be wiped (the admin login page binds no state to it).
  await page.goto(`${urls.admin}/dang-nhap`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  try {
    await page.waitForURL(landing);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  } catch (err) {
    // Say where the login got stuck instead of only "timeout".
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(
      `Đăng nhập ${email} không tới được trang ${landing}: đang ở ${page.url()} — ${text.slice(0, 400)}`,
      { cause: err },
    );
  }
}

/**
 * Moves the API's clock (demo mode's test clock, enabled by the e2e setup) and waits until the
 * jobs that became due — scheduled publications — have run. Sessions live on the same clock:
 * moving it past their lifetime logs staff out.
 */
export async function moveServerClock(
  to: { now: Date | string } | { advanceMs: number },
): Promise<Date> {
  const body = 'now' in to ? { now: new Date(to.now).toISOString() } : to;
  const res = await fetch(new URL('/__test__/clock', urls.api), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`test clock: HTTP ${res.status} ${await res.text()}`);
  return new Date(((await res.json()) as { now: string }).now);
}

/**
 * The API's "now" (its test clock, which files move forward): what dates typed into forms and
 * dates the apps show are measured against — never the test process's own clock.
 */
export async function serverNow(): Promise<Date> {
  const res = await fetch(new URL('/health', urls.api));
  if (!res.ok) throw new Error(`health: HTTP ${res.status}`);
  return new Date(((await res.json()) as { time: string }).time);
}

/** The calendar day in Vietnam (yyyy-mm-dd, as date inputs take it) `days` after `at`. */
export function vnDayOf(at: Date, days = 0): string {
  return new Date(at.getTime() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
