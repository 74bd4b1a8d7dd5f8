import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, newPage, skipReason, urls } from '../helpers/browser.js';
import { apiGql, staffToken } from '../helpers/public.js';
// @ts-expect-error plain ESM script shared with `npm start`
import { freePort, ROOT, waitForHttp } from '../../scripts/platform.mjs';

const ADMIN = 'quantri@nhuthanh.example';
const AXE = createRequire(import.meta.url).resolve('axe-core');
const FIELD_PLACEHOLDER = 'ĐIỀN_ID_LĨNH_VỰC';

let browser: Browser;

/**
 * A second API on the e2e database with introspection off, as in production (the platform of the
 * e2e setup runs in demo mode, where anyone may introspect): strangers are refused the schema,
 * partners with a key are not.
 */
async function startProductionLikeApi(): Promise<{ origin: string; stop(): Promise<void> }> {
  const port = await freePort();
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'api/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: inject('e2eDatabaseUrl'),
      KN_DEMO: 'true',
      KN_INTROSPECTION: 'false',
      KN_RUN_JOBS: 'false',
      KN_STORAGE_DIR: inject('e2eFilesDir'),
      KN_PUBLIC_URL: urls.public,
      KN_ADMIN_URL: urls.admin,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => logs.push(chunk));
  }
  let exited = false;
  const done = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/health`, 120_000, () => exited);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`API không khởi động được: ${logs.join('').slice(-2000)}`, { cause: err });
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Errors the page logs (a CSP refusal among them), leaving out the HTTP 4xx answers it shows. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** The GraphQL requests the page sent. */
function watchRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') sent.push(r.postData() ?? '');
  });
  return sent;
}

/** axe's serious and critical violations (WCAG 2.2 AA), readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return r.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes[0]?.target)}`);
}

/**
 * A partner opens the GraphQL explorer on the API (/docs/explorer) with a PUBLIC_READ key: loads
 * the schema, opens a type, inserts a skeleton, runs the documentation's examples, sees a syntax
 * error's code, is stopped before sending invalid variables, and — the key forgotten — is refused
 * the schema with the explanation. All under the page's strict CSP.
 */
describe.skipIf(!browserAvailable)(
  `the partners' GraphQL explorer${browserAvailable ? '' : ` — ${skipReason}`}`,
  () => {
    let production: { origin: string; stop(): Promise<void> };
    let key = '';
    let keyId = '';
    let adminToken = '';

    beforeAll(async () => {
      browser = await launchBrowser();
      adminToken = await staffToken(ADMIN);
      const { createApiKey } = await apiGql<{
        createApiKey: { key: string; apiKey: { id: string } };
      }>(
        'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }',
        { input: { name: `Công cụ khám phá GraphQL ${Date.now()}`, scopes: ['PUBLIC_READ'] } },
        adminToken,
      );
      key = createApiKey.key;
      keyId = createApiKey.apiKey.id;
      production = await startProductionLikeApi();
    });
    afterAll(async () => {
      if (keyId && adminToken) {
        await apiGql(
          'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }',
          { id: keyId },
          adminToken,
        ).catch(() => undefined);
      }
      await browser?.close();
      await production?.stop();
    });

    it('runs examples with a key, shows error codes, and is refused the schema without one', async () => {
      const { context, page } = await newPage(browser);
      const problems = watchConsole(page);
      const sent = watchRequests(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        const res = await page.goto(`${production.origin}/docs/explorer`);
        expect(res?.status()).toBe(200);
        expect(await page.locator('h1').innerText()).toBe(
          'Công cụ khám phá GraphQL — GraphQL explorer',
        );
        const query = page.getByLabel('Câu truy vấn GraphQL');
        const variables = page.getByLabel('Biến (JSON)');
        const run = page.getByRole('button', { name: /^Chạy truy vấn/ });
        const status = page.locator('#result-status');
        const codes = page.locator('#result-codes');

        // The key, kept in this tab's sessionStorage only.
        await page.getByLabel('Khóa API').fill(key);
        expect(await page.evaluate(() => sessionStorage.getItem('kn-explorer:key'))).toBe(key);
        expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(key);

        // The schema, read with the key: root fields with their types, descriptions, arguments.
        await page.getByRole('button', { name: /^Tải lược đồ/ }).click();
        const ideas = page.locator('#schema-query > li[data-field="ideas"]');
        await ideas.waitFor();
        expect(await page.locator('#schema-status').innerText()).toContain('Đã tải lược đồ');
        const ideasText = await ideas.innerText();
        expect(ideasText).toContain('IdeaConnection');
        expect(ideasText).toMatch(/first: Int/);
        expect(await page.locator('#schema-mutation > li[data-field="submitIdea"]').count()).toBe(
          1,
        );
        // Filtering without accents.
        await page.getByLabel('Lọc trường gốc').fill('idea');
        await expect.poll(() => page.locator('#schema-filter-count').innerText()).toMatch(/^Hiện/);
        expect(await ideas.isVisible()).toBe(true);
        expect(await page.locator('#schema-query > li[data-field="fields"]').isVisible()).toBe(
          false,
        );
        await page.getByLabel('Lọc trường gốc').fill('');

        // A type opens with its fields; back to the root fields.
        await ideas.getByRole('button', { name: 'IdeaConnection', exact: true }).click();
        const typeTitle = page.locator('#schema-type-title');
        await expect.poll(() => typeTitle.innerText()).toMatch(/^IdeaConnection/);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('schema-type-title');
        expect(await page.locator('#schema-type li[data-field="nodes"]').count()).toBe(1);
        await page.getByRole('button', { name: /^← Quay lại/ }).click();
        await ideas.waitFor();

        // A skeleton: the required argument as a variable, the scalar subfields one level deep.
        await page
          .locator('#schema-query > li[data-field="idea"]')
          .getByRole('button', { name: /^Chèn/ })
          .click();
        const skeleton = await query.inputValue();
        expect(skeleton).toMatch(/^query Idea\(\$id: ID!\) \{\n {2}idea\(id: \$id\) \{\n/);
        expect(skeleton).toContain('\n    title\n');
        expect(skeleton).not.toMatch(/^ {4}authors$/m);
        expect(JSON.parse(await variables.inputValue())).toEqual({ id: '' });
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('query');

        // The "fields" example, run: 200, the answer, the key's remaining requests.
        await page.getByRole('button', { name: /^Danh mục lĩnh vực/ }).click();
        expect(await query.inputValue()).toBe('{ fields { id code name } }');
        expect(await variables.inputValue()).toBe('');
        expect(await page.locator('#editor-note').innerText()).toContain('PUBLIC_READ');
        await run.click();
        await expect.poll(() => status.innerText()).toMatch(/^HTTP 200\b/);
        const answer = await page.locator('#result').innerText();
        expect(answer).toContain('"fields"');
        const fields = JSON.parse(answer).data.fields as { id: string; name: string }[];
        expect(fields.length).toBeGreaterThan(0);
        expect(await page.locator('#result-ratelimit').innerText()).toMatch(
          /^RateLimit-Remaining: \d+\/600/,
        );
        expect(await codes.isHidden()).toBe(true);
        expect(await page.locator('#result-outcome').innerText()).toContain('Thành công');

        // An example with "$FIELD_ID": the field just listed fills it; it runs.
        await page.getByRole('button', { name: /^Ý tưởng được vinh danh theo lĩnh vực/ }).click();
        expect(JSON.parse(await variables.inputValue())).toEqual({ fieldIds: [fields[0]!.id] });
        expect(await page.locator('#editor-note').innerText()).toContain(fields[0]!.name);
        const runs = sent.length;
        await run.click();
        await expect.poll(() => sent.length).toBe(runs + 1);
        await expect.poll(() => page.locator('#result').innerText()).toContain('"totalCount"');
        expect(await page.locator('#result-outcome').innerText()).toContain('Thành công');

        // "$KEY": a fresh idempotency key each time the example is chosen (not run here).
        await page.getByRole('button', { name: /^Gửi ý tưởng từ ki-ốt/ }).click();
        const first = JSON.parse(await variables.inputValue()).input;
        expect(first.idempotencyKey).toMatch(/^kham-pha-[0-9a-f]{24}$/);
        expect(first.fieldIds).toEqual([fields[0]!.id]);
        expect(await page.locator('#editor-note').innerText()).toContain('SUBMIT');
        await page.getByRole('button', { name: /^Gửi ý tưởng từ ki-ốt/ }).click();
        const second = JSON.parse(await variables.inputValue()).input;
        expect(second.idempotencyKey).not.toBe(first.idempotencyKey);

        // Tab inserts two spaces; Esc then Tab leaves the editor.
        await query.fill('{\n');
        await query.press('Tab');
        await query.pressSequentially('fields { id }\n}');
        expect(await query.inputValue()).toBe('{\n  fields { id }\n}');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('query');
        await query.press('Escape');
        await query.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('query');

        // A syntax error, run with Ctrl+Enter: HTTP 400, its code highlighted with its meaning.
        await query.fill('{ fields { id ');
        await variables.fill('');
        await query.press('Control+Enter');
        await expect.poll(() => codes.innerText()).toContain('GRAPHQL_PARSE_FAILED');
        expect(await status.innerText()).toMatch(/^HTTP 400\b/);
        expect(await codes.locator('mark.code').first().innerText()).toBe('GRAPHQL_PARSE_FAILED');
        const codesText = await codes.innerText();
        expect(codesText).toContain('Câu truy vấn GraphQL sai cú pháp.');
        expect(codesText).toContain('(HTTP 400)');
        expect(await page.locator('#result mark.code').innerText()).toBe('"GRAPHQL_PARSE_FAILED"');

        // Variables that are not JSON: a Vietnamese error beside them, nothing sent.
        const before = sent.length;
        await query.fill('query ($n: Int) { ideas(first: $n) { totalCount } }');
        await variables.fill('{ "n": 5, }');
        await run.click();
        const varsError = page.locator('#variables-error');
        await expect.poll(() => varsError.innerText()).toContain('Ô biến không phải JSON hợp lệ');
        expect(await varsError.innerText()).toContain('chưa được gửi');
        expect(await variables.getAttribute('aria-invalid')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('variables');
        expect(sent.length).toBe(before);
        await variables.fill('{ "n": 5 }');
        expect(await variables.getAttribute('aria-invalid')).toBeNull();
        await run.click();
        await expect.poll(() => sent.length).toBe(before + 1);
        expect(JSON.parse(sent.at(-1)!).variables).toEqual({ n: 5 });

        // The key forgotten: gone from the field and the tab; the schema is refused, explained.
        await page.getByRole('button', { name: /^Quên khóa/ }).click();
        expect(await page.getByLabel('Khóa API').inputValue()).toBe('');
        expect(await page.evaluate(() => sessionStorage.getItem('kn-explorer:key'))).toBeNull();
        expect(await page.locator('#key-status').innerText()).toContain('Đã quên khóa');
        await page.getByRole('button', { name: /^Tải lược đồ/ }).click();
        const schemaStatus = page.locator('#schema-status');
        await expect.poll(() => schemaStatus.innerText()).toContain('Không tải được lược đồ');
        const refusal = await schemaStatus.innerText();
        expect(refusal).toContain('HTTP 400');
        expect(refusal).toContain('GRAPHQL_VALIDATION_FAILED');
        expect(refusal).toContain('Câu truy vấn không khớp với lược đồ GraphQL.');
        expect(refusal).toContain('Cần khóa API của đối tác để xem lược đồ');
        expect(refusal).toContain('A partner API key is needed to read the schema');
        expect(await page.locator('#schema-browser').isHidden()).toBe(true);
        expect(JSON.parse(sent.at(-1)!).query).toContain('__schema');

        // A reload does not bring the key back.
        await page.reload();
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
        expect(await page.getByLabel('Khóa API').inputValue()).toBe('');

        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('in development reads the schema without a key, asks for a field id, and is accessible', async () => {
      // The e2e platform runs in demo mode: introspection open to everyone.
      const origin = new URL(urls.api).origin;
      const { context, page } = await newPage(browser, { bypassCSP: true });
      const sent = watchRequests(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${origin}/docs/explorer`);
        expect(await page.getByLabel('Khóa API').inputValue()).toBe('');
        await page.getByRole('button', { name: /^Tải lược đồ/ }).click();
        await page.locator('#schema-query > li[data-field="ideas"]').waitFor();

        // No field listed yet in this tab: a placeholder and a note, and nothing sent with it.
        await page.getByRole('button', { name: /^Ý tưởng được vinh danh theo lĩnh vực/ }).click();
        const variables = page.getByLabel('Biến (JSON)');
        expect(JSON.parse(await variables.inputValue())).toEqual({
          fieldIds: [FIELD_PLACEHOLDER],
        });
        expect(await page.locator('#editor-note').innerText()).toContain(
          `Thay ${FIELD_PLACEHOLDER}`,
        );
        const before = sent.length;
        await page.getByRole('button', { name: /^Chạy truy vấn/ }).click();
        await expect
          .poll(() => page.locator('#variables-error').innerText())
          .toContain(`Ô biến vẫn còn ${FIELD_PLACEHOLDER}`);
        expect(sent.length).toBe(before);

        // A run, then axe on the page as the partner sees it.
        await page.getByRole('button', { name: /^Danh mục lĩnh vực/ }).click();
        await page.getByRole('button', { name: /^Chạy truy vấn/ }).click();
        await expect.poll(() => page.locator('#result-status').innerText()).toMatch(/^HTTP 200\b/);
        // Anonymous: no key, no rate limit announced.
        expect(await page.locator('#result-ratelimit').isHidden()).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
