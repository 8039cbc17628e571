import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** `http://acme.test:PORT/path` (Chromium maps *.test to 127.0.0.1). */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

/**
 * Serves `test/fixtures/sites/<host>/…` on 127.0.0.1, choosing the folder by
 * the Host header, so one server plays `acme.test`, `reviews.test`, … A path
 * without an extension serves that folder's `index.html`, so `/pricing` works.
 * `?csp=strict` adds a strict Content-Security-Policy header; `?utm_content=changed`
 * serves `index.changed.html` (same page key, edited content).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', 'http://x');
      const siteDir = join(SITES, normalize(host).replace(/^(\.\.[/\\])+/, ''));
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      // `utm_content=<variant>` serves index.<variant>.html: the same page (tracking
      // parameters are not part of a page's key) after the site changed it.
      const variant = url.searchParams.get('utm_content');
      if (!extname(path)) path = join(path, variant && /^[a-z]+$/.test(variant) ? `index.${variant}.html` : 'index.html');
      let file = join(siteDir, path);
      if (!file.startsWith(SITES)) throw new Error('outside fixtures');
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        file = join(siteDir, 'index.html');
        body = await readFile(file);
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'";
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
