// The demo pages `npm start` opens: demo/<host>/index.html, chosen by the Host
// header and served from 127.0.0.1 only, so the first clip needs no network.
// Chromium reaches them as http://northwind.test:PORT/ with
// --host-resolver-rules="MAP *.test 127.0.0.1".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const DEMO_HOSTS = ['northwind.test', 'reviews.test'];
const DEMO_DIR = join(import.meta.dirname, '..', 'demo');

/** Starts the demo server on a free port; resolves to { port, url(host), close() }. */
export async function startDemoServer() {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!DEMO_HOSTS.includes(host)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(DEMO_DIR, host, 'index.html')));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    port,
    url: (host) => `http://${host}:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
