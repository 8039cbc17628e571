// The team sync server: Hocuspocus 3.4 (Yjs) with token auth and file persistence.
// Used by `npm run sync-server` (scripts/sync-server.mjs) and by the Node tests in-process.
//
// Hocuspocus 3.x `Server({ address })` listens on every interface (it passes `address`, not
// `host`, to listen), so this listens on its own http server, on 127.0.0.1 unless told
// otherwise, and hands WebSocket upgrades to Hocuspocus.
import { createServer } from 'node:http';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { timingSafeEqual, createHash } from 'node:crypto';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

/** The `ws` client, for Node code that talks to this server (tests, bench). */
export { WebSocket } from 'ws';
import * as Y from 'yjs';

/** Journey Lens document names: `jl/<studyId>` and `jl/<studyId>/c-<YYYY-MM>-<h>`. Anything else is refused. */
const DOC_NAME = /^jl\/[A-Za-z0-9_-]{1,64}(\/c-\d{4}-\d{2}-[0-9a-f])?$/;

const digest = (s) => createHash('sha256').update(String(s)).digest();

/** True when `token` is one of `tokens` (compared in constant time). */
export function tokenAllowed(tokens, token) {
  if (typeof token !== 'string' || !token) return false;
  const d = digest(token);
  let ok = false;
  for (const t of tokens) if (timingSafeEqual(digest(t), d)) ok = true;
  return ok;
}

const fileOf = (dataDir, name) => join(dataDir, `${encodeURIComponent(name)}.ydoc`);

/**
 * Starts a server. `tokens`: the accepted tokens (at least one). `dataDir`: where documents
 * are stored, one file per document (the document's full Yjs state, written atomically).
 * Returns its `url` (ws://host:port) and `close()`, which stores every loaded document first.
 */
export async function startSyncServer({ host = '127.0.0.1', port = 0, dataDir, tokens, log = () => {} }) {
  if (!Array.isArray(tokens) || !tokens.length || tokens.some((t) => typeof t !== 'string' || t.length < 8)) {
    throw new Error('sync server: give at least one token of 8 or more characters');
  }
  if (!dataDir) throw new Error('sync server: dataDir is required');
  await mkdir(dataDir, { recursive: true });
  /** Documents whose stored state was read (or found absent): only these may be written back. */
  const loaded = new Set();
  /** Writes of one document run one after another (a debounced store and a shutdown store may meet). */
  const queues = new Map();
  let closed = false;
  let seq = 0;
  const store = (name, document) => {
    if (!loaded.has(name) || closed) return Promise.resolve();
    const run = async () => {
      const file = fileOf(dataDir, name);
      const tmp = `${file}.${process.pid}.${seq++}.tmp`;
      await writeFile(tmp, Y.encodeStateAsUpdate(document));
      await rename(tmp, file);
    };
    const next = (queues.get(name) ?? Promise.resolve()).then(run, run);
    queues.set(name, next);
    return next;
  };
  const hp = new Hocuspocus({
    quiet: true,
    debounce: 300,
    maxDebounce: 2000,
    async onAuthenticate({ token, documentName }) {
      if (!DOC_NAME.test(documentName)) throw new Error('unknown document');
      if (!tokenAllowed(tokens, token)) {
        log(`refused a connection to ${documentName}: wrong token`);
        throw new Error('wrong token');
      }
    },
    async onLoadDocument({ document, documentName }) {
      let bytes = null;
      try {
        bytes = await readFile(fileOf(dataDir, documentName));
      } catch (e) {
        // A document that was never stored starts empty; any other read error refuses the load,
        // so an empty document never overwrites a stored one (hocuspocus#382).
        if (e?.code !== 'ENOENT') throw e;
      }
      if (bytes) Y.applyUpdate(document, new Uint8Array(bytes));
      loaded.add(documentName);
    },
    async onStoreDocument({ document, documentName }) {
      await store(documentName, document);
    },
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  const http = createServer((req, res) => {
    res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/health' ? 'ok' : 'not found');
  });
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => hp.handleConnection(ws, req));
  });
  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve(undefined));
  });
  const addr = http.address();
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    host: addr.address,
    port: addr.port,
    url: `ws://${shownHost}:${addr.port}`,
    hocuspocus: hp,
    /** Stores every loaded document, closes every connection and stops listening. */
    async close() {
      for (const [name, doc] of hp.documents) await store(name, doc);
      hp.closeConnections();
      for (const ws of wss.clients) ws.terminate();
      await new Promise((resolve) => http.close(() => resolve(undefined)));
      for (const [name, doc] of hp.documents) await store(name, doc);
      await Promise.allSettled(queues.values());
      closed = true;
    },
  };
}
