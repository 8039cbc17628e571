import type { JourneyLensDB } from '../db/database';
import { SyncSession, type SyncState } from './session';
import { getSyncConfig } from '../db/sync-config';
import { SyncConfigSchema } from '../model/team';

/**
 * The live sessions of this page, one per shared study however many components
 * show its state. Loaded on demand (the only module with network code, and only
 * when a study is shared): it connects to the configured server and nowhere else.
 */
interface Live {
  key: string;
  session: SyncSession;
  listeners: Set<(s: SyncState) => void>;
  /** Set while nobody watches: the session stops when it fires. */
  idle?: ReturnType<typeof setTimeout>;
}
const live = new Map<string, Live>();

/**
 * How long a session nobody watches stays open: a status line that moves (a joined study
 * arriving moves from the "joining" row to its own) takes the same session over instead of
 * downloading the whole study again.
 */
export const LINGER_MS = 3000;

/** Starts (or joins) the study's session and reports its state; returns the unsubscribe, which stops it when nobody is left. */
export function watchSync(db: JourneyLensDB, rawConfig: unknown, onState: (s: SyncState) => void): () => void {
  const parsed = SyncConfigSchema.safeParse(rawConfig);
  if (!parsed.success) {
    onState({ kind: 'error', reason: 'write', message: parsed.error.issues[0]?.message ?? 'invalid settings' });
    return () => undefined;
  }
  const config = parsed.data;
  const key = JSON.stringify(config);
  let entry = live.get(config.studyId);
  if (entry && entry.key !== key) {
    clearTimeout(entry.idle);
    entry.session.stop();
    live.delete(config.studyId);
    entry = undefined;
  }
  if (!entry) {
    const listeners = new Set<(s: SyncState) => void>();
    const session = new SyncSession({ db, config, onState: (s) => listeners.forEach((l) => l(s)) });
    entry = { key, session, listeners };
    live.set(config.studyId, entry);
  }
  const mine = entry;
  clearTimeout(mine.idle);
  mine.idle = undefined;
  mine.listeners.add(onState);
  onState(mine.session.state);
  return () => {
    mine.listeners.delete(onState);
    if (mine.listeners.size || live.get(config.studyId) !== mine) return;
    const stopNow = () => {
      if (mine.listeners.size || live.get(config.studyId) !== mine) return;
      clearTimeout(mine.idle);
      mine.session.stop();
      live.delete(config.studyId);
    };
    clearTimeout(mine.idle);
    mine.idle = setTimeout(stopNow, LINGER_MS);
    // Left the team (or changed its settings): closed at once, not after the linger.
    void getSyncConfig(db, config.studyId).then(
      (now) => JSON.stringify(now ?? null) !== key && stopNow(),
      () => stopNow(),
    );
  };
}
