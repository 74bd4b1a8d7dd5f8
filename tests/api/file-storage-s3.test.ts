import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, S3Storage, TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { catalog, ideaInput, SUBMIT } from '../helpers/factories.js';
import { startLocalS3, type LocalS3 } from '../helpers/s3.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

let s3: LocalS3;
let storage: S3Storage;
let api: TestApi;
beforeAll(async () => {
  s3 = await startLocalS3();
  storage = new S3Storage(s3.config);
  // Selected by configuration, as KN_S3_BUCKET does in production.
  api = await startTestApi({ config: { runJobs: false, s3: s3.config } });
});
afterAll(async () => {
  await api?.close();
  storage?.close();
  await s3?.close();
});

describe('files on an S3-compatible store (s3rver)', () => {
  it('puts, gets and deletes objects by key', async () => {
    const key = 'ten/2026/12/0f8c3a9e-1111-4c2b-9a55-6f7b0e2d4c11';
    const data = Buffer.from('Nội dung tệp thử nghiệm — có dấu tiếng Việt.');
    await storage.put(key, data, 'text/plain');
    expect((await readAll(await storage.get(key))).equals(data)).toBe(true);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toThrow();
    // Deleting what is gone is not an error (cleanup jobs may run twice).
    await storage.delete(key);
  });

  it('refuses keys that could escape the prefix', async () => {
    await expect(storage.put('../khac/tep', Buffer.from('x'), 'text/plain')).rejects.toThrow(
      /invalid storage key/,
    );
  });

  it('serves uploads and downloads through the attachment routes', async () => {
    const cat = await catalog(api);
    const officerA = await api.login(TEST_STAFF.officerA);
    const up = await api.upload('Kế hoạch.pdf', PDF);
    expect(up.status).toBe(201);
    const r = await api.gql(SUBMIT, {
      input: ideaInput(cat.field('y-te'), {
        unitId: cat.unit('thon-a'),
        attachmentIds: [up.body.id],
      }),
    });
    expect(r.errors).toBeUndefined();
    // The bytes are in the bucket under the configured prefix, not on local disk.
    const [{ storage_key }] = await api.sql('select storage_key from attachment where id = $1', [
      up.body.id,
    ]);
    expect((await readAll(await storage.get(storage_key))).equals(PDF)).toBe(true);
    const res = await fetch(`${api.origin}/files/${up.body.id}`, {
      headers: { authorization: `Bearer ${officerA}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('is chosen by KN_S3_* variables, with both keys or neither', () => {
    const base = { NODE_ENV: 'test', DATABASE_URL: 'postgres://x@localhost/x' };
    expect(loadConfig(base).s3).toBeNull();
    const c = loadConfig({
      ...base,
      KN_S3_BUCKET: 'kn',
      KN_S3_ENDPOINT: 'http://127.0.0.1:9000',
      KN_S3_ACCESS_KEY_ID: 'a',
      KN_S3_SECRET_ACCESS_KEY: 'b',
      KN_S3_PREFIX: 'xa-16228',
    }).s3;
    expect(c).toMatchObject({ bucket: 'kn', forcePathStyle: true, prefix: 'xa-16228/' });
    expect(() => loadConfig({ ...base, KN_S3_BUCKET: 'kn', KN_S3_ACCESS_KEY_ID: 'a' })).toThrow(
      ConfigError,
    );
  });
});
