import { z } from 'zod';
import { IdSchema } from './ids';

/** A study's team: where its sync server is and the token it accepts. Kept in `meta` (local, never in backups). */
export const SyncConfigSchema = z.object({
  studyId: IdSchema,
  /** ws:// or wss:// URL of a Hocuspocus-compatible server. */
  server: z.string().max(500).regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'a server address is ws://host:port or wss://host'),
  token: z.string().min(1).max(500),
});
export type SyncConfig = z.infer<typeof SyncConfigSchema>;

/**
 * Which server a study was shared on, without its token: what a backup keeps of a
 * shared study, so that a restore can offer to rejoin (the token is asked for again).
 */
export const TeamRefSchema = SyncConfigSchema.pick({ studyId: true, server: true });
export type TeamRef = z.infer<typeof TeamRefSchema>;

/**
 * A server address as typed ("host:port", "http://…", "ws://…") as a WebSocket URL,
 * or undefined when it is not one.
 */
export function normalizeServer(input: string): string | undefined {
  let s = input.trim();
  if (!s) return undefined;
  if (!/^[a-z]+:\/\//i.test(s)) s = `ws://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!scheme || !url.host || url.username || url.password) return undefined;
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  const out = `${scheme}//${url.host}${path}`;
  return SyncConfigSchema.shape.server.safeParse(out).success ? out : undefined;
}

/** The origins the browser must allow for this server (ws and http forms; any port). */
export function serverOrigins(server: string): string[] {
  const url = new URL(server);
  const secure = url.protocol === 'wss:';
  return [`${secure ? 'wss' : 'ws'}://${url.hostname}/*`, `${secure ? 'https' : 'http'}://${url.hostname}/*`];
}
