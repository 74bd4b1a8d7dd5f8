// The API process: read the configuration, prepare the database, serve until told to stop.
import { loadConfig, ConfigError } from './config.js';
import { createServer } from './server.js';
import { prepareDatabase } from './db/prepare.js';
import { storageFromConfig } from './attachment/file.storage.js';

try {
  const config = loadConfig();
  await prepareDatabase(config.databaseUrl, {
    demo: config.demo,
    log: (m) => console.log(m),
    storage: storageFromConfig(config),
  });
  const server = await createServer(config);
  console.log(`API GraphQL: ${server.url} (WebSocket: ${server.wsUrl})`);
  // Graceful shutdown: in-flight requests finish, WebSocket clients are told to reconnect (1012),
  // jobs and listeners stop, the pools close. A second signal stops at once — unless it comes
  // within 3 s of the first: Ctrl-C under `npm start` reaches the API twice at the same moment
  // (SIGINT from the terminal to the whole process group, SIGTERM from the supervisor).
  let stoppingSince: number | null = null;
  const shutdown = async (signal: string) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince < 3000) return;
      console.log(`Nhận ${signal} lần nữa: dừng ngay. / Second ${signal}: exiting now.`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    console.log(`Nhận ${signal}, đang dừng API… / Received ${signal}, shutting down gracefully…`);
    try {
      await server.stop();
      console.log('API đã dừng. / API stopped.');
      process.exit(0);
    } catch (err) {
      console.error('Dừng API không trọn vẹn. / Shutdown failed.', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}
