/** A local S3-compatible server (s3rver, from npm) with one bucket, for the S3 storage tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from '@khoi-nguon/api/testing';

export interface LocalS3 {
  config: S3Config;
  close(): Promise<void>;
}

export async function startLocalS3(bucket = 'khoinguon-test'): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'kn-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    config: {
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      // s3rver's fixed development credentials.
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix: 'tep/',
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
