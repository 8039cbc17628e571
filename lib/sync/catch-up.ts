import type { JourneyLensDB } from '../db/database';
import { SyncSession, type SyncState } from './session';
import { CATCH_UP_ALARM, scheduleCatchUp, type AlarmsApi } from './catch-up-alarm';
import { allSyncConfigs } from '../db/sync-config';
import type { SyncConfig } from '../model/team';

/**
 * Background catch-up of shared studies while no extension page is open (an
 * alarm wakes the service worker / event page): for each study with team
 * settings, connect to that study's own server with its own token, wait until
 * every document has synced and one full merge both ways is done (or a bounded
 * time), then disconnect. Remote changes go into Dexie the way a live session
 * applies them; local changes made since the last session are published.
 * Imported statically by the background (a Chrome service worker cannot
 * `import()`); it contacts only the servers in the studies' team settings.
 */
export type CatchUpOutcome = 'synced' | 'timeout' | 'error';

export interface CatchUpResult {
  studyId: string;
  outcome: CatchUpOutcome;
  state: SyncState;
}

export interface CatchUpOptions {
  /** Longest wait per run (all studies run at once); what is merged by then stays merged. */
  timeoutMs?: number;
  /** Node tests pass `ws`; browsers use their own WebSocket. */
  WebSocketPolyfill?: unknown;
}

/** A service worker is stopped ~30 s after its last event; WebSocket traffic keeps it alive (Chrome 116+). */
export const CATCH_UP_TIMEOUT_MS = 45_000;

export function catchUpStudy(db: JourneyLensDB, config: SyncConfig, options: CatchUpOptions = {}): Promise<CatchUpResult> {
  const timeoutMs = options.timeoutMs ?? CATCH_UP_TIMEOUT_MS;
  return new Promise((resolve) => {
    let settled = false;
    // Set once constructed (the session may report a state while it is being made).
    const made: { session?: SyncSession } = {};
    const finish = (outcome: CatchUpOutcome) => {
      const session = made.session;
      if (settled || !session) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(limit);
      const state = session.state;
      session.stop();
      resolve({ studyId: config.studyId, outcome, state });
    };
    const check = () => {
      const session = made.session;
      if (!session) return;
      if (session.state.kind === 'error') finish('error');
      else if (session.fullPasses > 0 && session.isIdle()) finish('synced');
    };
    // State changes do not cover every step to idle (a server acknowledgement, a timer): look often too.
    const poll = setInterval(check, 100);
    const limit = setTimeout(() => finish('timeout'), timeoutMs);
    made.session = new SyncSession({ db, config, WebSocketPolyfill: options.WebSocketPolyfill, onState: check });
  });
}

let running: Promise<CatchUpResult[]> | undefined;

/** Catches up every shared study of this database once; a call while a run is under way joins it. */
export function catchUpAll(db: JourneyLensDB, options: CatchUpOptions = {}): Promise<CatchUpResult[]> {
  running ??= (async () => {
    const configs = await allSyncConfigs(db);
    return Promise.all(configs.map((c) => catchUpStudy(db, c, options)));
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** `browser.alarms` as the background uses it. */
export interface AlarmEvents extends AlarmsApi {
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * The background's side: keeps the alarm in step with the team settings at every
 * start, and on each alarm catches up every shared study (then checks the alarm
 * again: it is cleared once no study is shared).
 */
export function startBackgroundCatchUp(db: JourneyLensDB, alarms: AlarmEvents, options: CatchUpOptions = {}): () => Promise<CatchUpResult[]> {
  const warn = (e: unknown) => console.warn('[journey-lens] team sync catch-up', e);
  const run = async () => {
    const results = await catchUpAll(db, options);
    await scheduleCatchUp(db, alarms);
    return results;
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CATCH_UP_ALARM) void run().catch(warn);
  });
  void scheduleCatchUp(db, alarms).catch(warn);
  /** What the alarm runs (the worker's console and the e2e tests call it). */
  return run;
}
