// The API process: read the configuration, prepare the database, serve until told to stop.
import { loadConfig, ConfigError } from './config.js';
import { createServer } from './server.js';
import path from 'node:path';
import { prepareDatabase } from './db/prepare.js';
import { LocalDiskStorage } from './attachment/file.storage.js';

try {
  const config = loadConfig();
  await prepareDatabase(config.databaseUrl, {
    demo: config.demo,
    log: (m) => console.log(m),
    storage: new LocalDiskStorage(path.resolve(config.storageDir)),
  });
  const server = await createServer(config);
  console.log(`API GraphQL: ${server.url} (WebSocket: ${server.wsUrl})`);
  const shutdown = async (signal: string) => {
    console.log(`Nhận ${signal}, đang dừng API…`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}
