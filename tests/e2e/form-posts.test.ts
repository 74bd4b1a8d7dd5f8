import { describe, expect, it } from 'vitest';
import { browserAvailable, DEMO, skipReason, urls } from '../helpers/browser.js';

// Plain HTTP against the built apps (the platform the e2e setup starts): a form action posted
// with a body that is not a form is refused with 415, never a 500 with a stack trace.
describe.skipIf(!browserAvailable)(
  `form actions refuse bodies that are not forms${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    async function adminCookie(): Promise<string> {
      const res = await fetch(`${urls.admin}/dang-nhap`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: urls.admin,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ email: DEMO.hub, password: DEMO.password }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^kn_admin_session=/);
      return cookie.split(';')[0]!;
    }

    it('answers 415 to same-origin text/plain and JSON posts to admin and public form actions', async () => {
      const cookie = await adminCookie();
      const targets: [string, Record<string, string>][] = [
        [`${urls.admin}/dang-nhap`, {}],
        [`${urls.admin}/y-tuong?/saveView`, { cookie }],
        [`${urls.public}/gui-y-tuong`, {}],
        [`${urls.public}/tra-cuu`, {}],
      ];
      for (const [url, headers] of targets) {
        for (const type of ['text/plain', 'application/json']) {
          const origin = new URL(url).origin;
          const res = await fetch(url, {
            method: 'POST',
            redirect: 'manual',
            headers: { ...headers, origin, 'content-type': type, accept: 'application/json' },
            body: type === 'text/plain' ? 'x=1' : '{"x":1}',
          });
          expect(res.status, `${type} → ${url}`).toBe(415);
          expect(await res.text()).toMatch(/form/);
        }
      }
    });

    it('refuses every form action posted from a foreign origin (CSRF)', async () => {
      const cookie = await adminCookie();
      for (const [url, headers] of [
        [`${urls.admin}/dang-nhap`, {}],
        [`${urls.admin}/y-tuong?/saveView`, { cookie }],
        [`${urls.public}/gui-y-tuong`, {}],
        [`${urls.public}/tra-cuu?/track`, {}],
      ] as const) {
        const res = await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            ...headers,
            origin: 'https://ke-gian.example',
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ email: DEMO.hub, password: DEMO.password, name: 'x' }),
        });
        expect(res.status, url).toBe(403);
        expect(res.headers.get('set-cookie'), url).toBeNull();
      }
    });

    it('sends the security headers and a CSP without inline scripts on every page', async () => {
      for (const url of [
        `${urls.public}/`,
        `${urls.public}/gui-y-tuong`,
        `${urls.admin}/dang-nhap`,
      ]) {
        const res = await fetch(url);
        expect(res.status, url).toBe(200);
        expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin');
        expect(res.headers.get('permissions-policy'), url).toMatch(/camera=\(\)/);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, url).toMatch(/frame-ancestors 'none'/);
        const scripts =
          /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
        expect(scripts, url).not.toMatch(/unsafe-inline|unsafe-eval/);
      }
    });

    it('still runs a real form post (the admin login)', async () => {
      expect(await adminCookie()).toBeTruthy();
    });
  },
);
