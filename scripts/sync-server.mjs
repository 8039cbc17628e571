#!/usr/bin/env node
// `npm run sync-server [-- --config path]`: the team sync server for shared studies.
// Config (JSON): { "host": "127.0.0.1", "port": 8787, "dataDir": "./sync-data", "tokens": ["..."] }
// Default path: ./sync-server.config.json, or JL_SYNC_CONFIG. Without a config file a
// first one is written with a random token (printed once) and mode 600.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve, dirname } from 'node:path';
import { startSyncServer } from './sync-server/server.mjs';

const argi = process.argv.indexOf('--config');
const path = resolve(argi > 0 ? process.argv[argi + 1] : (process.env.JL_SYNC_CONFIG ?? 'sync-server.config.json'));
if (!existsSync(path)) {
  const token = randomBytes(24).toString('base64url');
  writeFileSync(path, JSON.stringify({ host: '127.0.0.1', port: 8787, dataDir: './sync-data', tokens: [token] }, null, 2) + '\n', { mode: 0o600 });
  console.log(`Wrote ${path} with a new token: ${token}`);
}
const config = JSON.parse(readFileSync(path, 'utf8'));
const server = await startSyncServer({
  host: config.host ?? '127.0.0.1',
  port: config.port ?? 8787,
  dataDir: resolve(dirname(path), config.dataDir ?? './sync-data'),
  tokens: config.tokens,
  log: (m) => console.log(new Date().toISOString(), m),
});
console.log(`Journey Lens sync server (Hocuspocus 3.4) listening on ${server.url}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
