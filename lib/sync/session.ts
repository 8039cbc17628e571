import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import Dexie from 'dexie';
import * as Y from 'yjs';
import type { JourneyLensDB } from '../db/database';
import { pullStudy } from './sync-apply';
import { metaDocName, partDocName, PART_NAME } from './doc-names';
import type { SyncConfig } from '../model/team';
import { readLocalSlice, type ClipScope } from './study-slice';
import { partitionsNeeded, publishSlice, readRemoteSlice, type StudyDocs } from './y-slice';

/** What the panel shows. */
export type SyncState =
  | { kind: 'connecting' }
  | { kind: 'syncing'; changes: number }
  | { kind: 'synced'; at: string }
  | { kind: 'offline'; since: string }
  | { kind: 'error'; reason: 'auth' | 'write'; message: string };

export interface SessionOptions {
  db: JourneyLensDB;
  config: SyncConfig;
  /** Node tests pass `ws`; browsers use their own WebSocket. */
  WebSocketPolyfill?: unknown;
  onState?: (state: SyncState) => void;
}

const LOCAL = Symbol('journey-lens-local');
/** Tables whose changes are published (the clip tables stand for clips). */
const SYNCED_TABLES = new Set(['studies', 'frameworks', 'brands', 'clips', 'findings', 'rubric', 'tombstones']);
/** A full merge both ways this often, besides start and every reconnect (catches anything a narrow pass could miss). */
const FULL_EVERY_MS = 5 * 60_000;
/** Clips edited this long before the last publish are looked at again (a slow transaction commits late). */
const WATERMARK_SLACK_MS = 60_000;
/** More changed clips than this and a pass reads the whole study instead. */
const NARROW_LIMIT = 2000;

interface OpenDoc {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * Live sync of one shared study while a page is open: one WebSocket to the
 * team's server (and nothing else), one Yjs document for the study's records
 * and one per clip partition. Whenever a document or the local database
 * changes, `reconcile` merges the team copy into Dexie (pullStudy: the backup
 * merge rules) and writes back what this copy has that wins. Nothing is read
 * or written before every open document finished its first sync, so a refused
 * token writes nothing anywhere.
 */
export class SyncSession {
  readonly studyId: string;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly docs = new Map<string, OpenDoc>();
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private offlineSince: string | undefined;
  private error: SyncState | undefined;
  private lastSynced = new Date().toISOString();
  private pending = 0;
  /** What the next pass must look at: everything, or the remote clips that changed and whether local data did. */
  private needFull = true;
  private remoteDirty = false;
  private readonly remoteClips = new Set<string>();
  private localDirty = false;
  private watermark = '';
  private readonly fullTimer: ReturnType<typeof setInterval>;
  state: SyncState = { kind: 'connecting' };
  /** Full merges both ways completed (pulled every synced document and published what wins here). */
  fullPasses = 0;
  /** True while this session writes a pull into Dexie: those writes need no full pass of their own. */
  private applying = false;
  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.options.db.name}/`;
    for (const key of Object.keys(parts)) {
      if (!key.startsWith(prefix)) continue;
      const table = key.slice(prefix.length).split('/')[0]!;
      if (!SYNCED_TABLES.has(table)) continue;
      // A restore or a study edit: compare everything (not after our own pull: a narrow pass
      // still looks at whatever else changed meanwhile, and the periodic full pass at the rest).
      if (table === 'studies' && !this.applying) this.needFull = true;
      this.localDirty = true;
      this.schedule(120);
      // Not "Synced" while a saved change waits for its pass: whoever reads the line (a teammate
      // about to catch up, a test) must not take a change the server has not got for a sent one.
      this.emit();
      return;
    }
  };

  constructor(private readonly options: SessionOptions) {
    this.studyId = options.config.studyId;
    this.socket = new HocuspocusProviderWebsocket({
      url: options.config.server,
      WebSocketPolyfill: options.WebSocketPolyfill,
      delay: 1000,
      minDelay: 500,
      maxDelay: 15_000,
      onStatus: ({ status }) => {
        if (status === 'disconnected') this.offlineSince ??= new Date().toISOString();
        if (status === 'connected') this.offlineSince = undefined;
        this.emit();
      },
    });
    this.open('');
    Dexie.on('storagemutated', this.onMutated);
    this.fullTimer = setInterval(() => {
      this.needFull = true;
      this.schedule(0);
    }, FULL_EVERY_MS);
  }

  /** Opens (once) the study's document (`''`) or a clip partition. */
  private open(part: string): OpenDoc {
    const have = this.docs.get(part);
    if (have) return have;
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: part ? partDocName(this.studyId, part) : metaDocName(this.studyId),
      document: doc,
      token: this.options.config.token,
      onSynced: () => {
        // The study document (re)synced: at start and after every reconnect, compare everything.
        if (!part) this.needFull = true;
        this.schedule(0);
        this.emit();
      },
      onUnsyncedChanges: () => this.emit(),
      onAuthenticationFailed: ({ reason }) => {
        this.error = { kind: 'error', reason: 'auth', message: reason || 'permission denied' };
        this.emit();
        this.stop();
      },
    });
    provider.attach();
    doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.schedule(30);
    });
    if (!part) {
      doc.getMap('parts').observe(() => this.openListedParts());
      for (const name of ['studies', 'frameworks', 'findings', 'rubric'] as const) {
        doc.getMap(name).observe((e) => {
          if (e.transaction.origin !== LOCAL) this.remoteDirty = true;
        });
      }
      // A brand or a brand/finding tombstone changes where clips live: every clip is looked at again.
      for (const name of ['brands', 'tombstones'] as const) {
        doc.getMap(name).observe((e) => {
          if (e.transaction.origin !== LOCAL) this.needFull = true;
        });
      }
    } else {
      for (const name of ['clips', 'tombstones'] as const) {
        doc.getMap(name).observe((e) => {
          if (e.transaction.origin === LOCAL) return;
          this.remoteDirty = true;
          for (const k of e.keysChanged) this.remoteClips.add(k);
        });
      }
    }
    const entry = { doc, provider };
    this.docs.set(part, entry);
    return entry;
  }

  private openListedParts(): void {
    if (this.stopped) return;
    const meta = this.docs.get('')!.doc;
    for (const part of meta.getMap('parts').keys()) if (PART_NAME.test(part)) this.open(part);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reconcile();
    }, ms);
  }

  private allSynced(): boolean {
    for (const { provider } of this.docs.values()) if (!provider.isSynced) return false;
    return true;
  }

  /** One merge both ways. Serialised: a call while one runs makes it run once more. */
  reconcile(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.reconcileOnce();
        } catch (e) {
          this.error = { kind: 'error', reason: 'write', message: e instanceof Error ? e.message : String(e) };
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
      this.emit();
    });
    return this.running;
  }

  private async reconcileOnce(): Promise<void> {
    if (this.stopped || !this.docs.get('')!.provider.isSynced) return;
    this.openListedParts();
    if (!this.allSynced()) return;
    const { db } = this.options;
    const full = this.needFull || this.remoteClips.size > NARROW_LIMIT;
    const remoteIds = [...this.remoteClips];
    const pull = full || this.remoteDirty;
    // After a pull, this copy re-asserts what wins locally: Yjs keeps whichever of two
    // concurrent writes of a key its clientID order picks, which may be the older edit.
    const push = full || this.localDirty || pull;
    this.needFull = false;
    this.remoteDirty = false;
    this.localDirty = false;
    this.remoteClips.clear();
    try {
      if (pull) {
        const docs = this.studyDocs();
        this.applying = true;
        try {
          if (full) await pullStudy(db, this.studyId, readRemoteSlice(docs, this.studyId));
          else await pullStudy(db, this.studyId, readRemoteSlice(docs, this.studyId, remoteIds), { ids: remoteIds });
        } finally {
          this.applying = false;
        }
      }
      if (this.stopped || !push) return;
      const started = new Date(Date.now() - WATERMARK_SLACK_MS).toISOString();
      const scope: ClipScope = full || !this.watermark ? { all: true } : { ids: remoteIds, since: this.watermark };
      const local = await readLocalSlice(db, this.studyId, scope);
      if (!local.studies.length) {
        // Nothing here to publish (a joined study the team has not sent yet): the pass is done.
        if (full) this.fullPasses++;
        return;
      }
      const missing = [...partitionsNeeded(local)].filter((p) => !this.docs.get(p)?.provider.isSynced);
      for (const p of missing) this.open(p);
      if (missing.length) {
        // Runs again once they have synced.
        this.localDirty = true;
        this.needFull ||= full;
        return;
      }
      // Publish against the documents' current state (they may have changed during the pull).
      const now = this.studyDocs();
      const ids = 'all' in scope ? undefined : [...local.clips.map((c) => c.id), ...local.tombstones.filter((t) => t.table === 'clips').map((t) => t.id)];
      this.pending = publishSlice(now, local, readRemoteSlice(now, this.studyId, ids), LOCAL);
      this.watermark = started;
      if (full) this.fullPasses++;
      if (this.error?.kind === 'error' && this.error.reason !== 'auth') this.error = undefined;
    } catch (e) {
      this.needFull = true;
      throw e;
    }
  }

  private studyDocs(): StudyDocs {
    const parts = new Map<string, Y.Doc>();
    for (const [name, { doc, provider }] of this.docs) if (name && provider.isSynced) parts.set(name, doc);
    return { meta: this.docs.get('')!.doc, parts };
  }

  private unsynced(): number {
    let n = 0;
    for (const { provider } of this.docs.values()) n += provider.unsyncedChanges;
    return n;
  }

  /** True when every document is synced, nothing waits to be sent and no merge is due. */
  isIdle(): boolean {
    return !this.stopped && !this.timer && !this.running && this.allSynced() && this.unsynced() === 0 && !this.error;
  }

  private computeState(): SyncState {
    if (this.error) return this.error;
    if (this.offlineSince && this.socket.status !== 'connected') return { kind: 'offline', since: this.offlineSince };
    if (!this.docs.get('')!.provider.isSynced) return { kind: 'connecting' };
    const changes = this.unsynced() + (this.running || this.timer ? Math.max(this.pending, 0) : 0);
    if (!this.allSynced() || changes > 0 || this.running || this.localDirty) return { kind: 'syncing', changes };
    this.lastSynced = new Date().toISOString();
    return { kind: 'synced', at: this.lastSynced };
  }

  private emit(): void {
    const next = this.computeState();
    if (JSON.stringify(next) === JSON.stringify(this.state) && next.kind !== 'synced') return;
    this.state = next;
    this.options.onState?.(next);
  }

  /** Closes the connection. Local data stays as it is. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    clearInterval(this.fullTimer);
    for (const { provider, doc } of this.docs.values()) {
      provider.destroy();
      doc.destroy();
    }
    this.socket.destroy();
  }
}
