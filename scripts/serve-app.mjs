// Serves a built SvelteKit app (adapter-node) on HOST:PORT: `node scripts/serve-app.mjs admin`.
// Unlike the adapter's own entry point, the origin follows the Host header when ORIGIN is not set,
// so form posts work whether the browser uses localhost, 127.0.0.1 or a LAN address — reception
// points reach the apps over the commune's network. Behind a proxy, set ORIGIN or send
// X-Forwarded-Proto.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './platform.mjs';

const app = process.argv[2];
if (!['admin', 'public-site'].includes(app)) {
  console.error('Dùng: node scripts/serve-app.mjs admin|public-site');
  process.exit(2);
}
if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto';
const { handler } = await import(pathToFileURL(path.join(ROOT, app, 'build/handler.js')).href);

const server = http.createServer((req, res) => {
  if (!process.env.ORIGIN && !req.headers['x-forwarded-proto'])
    req.headers['x-forwarded-proto'] = 'http';
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
