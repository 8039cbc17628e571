import { hostIsUnder, hostMatchesDomain } from '../capture/brand-detection';
import { hostOf } from '../capture/normalize-url';
import { brandsOfStudy, findOrCreateBrand } from '../db/brands-repo';
import type { JourneyLensDB } from '../db/database';
import { frameworkOf, getActiveStudy } from '../db/studies-repo';
import { RecordedStepSchema, findStage, localize, type Locale, type Walk } from '../model';
import type { WalkInfo } from '../messaging/protocol';
import type { Handlers, SenderInfo } from '../messaging/router';
import { RECORDED_STEP_PREFIX } from '../walks/recorded-step-key';
import { addStep, controlWalk, markLatest, startWalk, stepsOfWalk, walkOfTab } from '../walks/walks-repo';

export interface WalkTab {
  url?: string;
  title?: string;
  windowId?: number;
  active?: boolean;
}

export interface WalkDeps {
  db: JourneyLensDB;
  locale: Locale;
  defaultStudyName: string;
  /** `chrome-extension://id` / `moz-extension://uuid`: only our own pages start walks. */
  extensionOrigin: string;
  getTab(tabId: number): Promise<WalkTab | undefined>;
  /** Loads the recorder (bar + listeners) into a tab's top frame. */
  injectRecorder(tabId: number): Promise<void>;
  /** A small JPEG data URL of a window's visible tab, for a step thumbnail. */
  captureThumb?(windowId: number | undefined): Promise<string>;
  /** Removes handed-over steps from extension storage once they are stored. */
  removeRecorded?(keys: string[]): Promise<void>;
}

const isWeb = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

class WalkRequestError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The background's side of walk-throughs: starting a walk for a tab, steps
 * from the recorder, page steps from tab navigation (so a walk follows the
 * tab across sites and survives the service worker being stopped: the state
 * lives in the database, and tab events wake the worker), and clips made
 * meanwhile joining the walk.
 */
export function createWalkHandlers(deps: WalkDeps) {
  const { db, locale } = deps;

  async function infoOf(walk: Walk): Promise<WalkInfo> {
    const [brand, study, steps] = await Promise.all([db.brands.get(walk.brandId), db.studies.get(walk.studyId), stepsOfWalk(db, walk.id)]);
    const framework = study ? await frameworkOf(db, study) : undefined;
    const stage = framework ? findStage(framework, walk.stageId) : undefined;
    return {
      id: walk.id,
      task: walk.task,
      status: walk.status,
      brandName: brand?.name ?? '',
      stageLabel: stage ? localize(stage.short, locale) : walk.stageId,
      steps: steps.length,
      friction: steps.filter((s) => s.friction).length,
    };
  }

  function ownPage(sender: SenderInfo) {
    if (!sender.url?.startsWith(deps.extensionOrigin)) throw new WalkRequestError('forbidden', 'only the extension’s own pages start walks');
  }

  /** The walk recording (or paused in) the sender's tab, checked against the walk id it names. */
  async function walkOfSender(sender: SenderInfo, walkId: string): Promise<Walk> {
    const walk = await db.walks.get(walkId);
    if (!walk || walk.status === 'stopped') throw new WalkRequestError('walk-stopped', 'this walk is not being recorded');
    const fromOwnPage = !!sender.url?.startsWith(deps.extensionOrigin);
    if (!fromOwnPage && sender.tab?.id !== walk.tabId) throw new WalkRequestError('forbidden', 'a tab can only add to its own walk');
    return walk;
  }

  async function thumbFor(walk: Walk, tab: WalkTab | undefined): Promise<string | null> {
    if (!walk.screenshots || !deps.captureThumb || !tab?.active) return null;
    return deps.captureThumb(tab.windowId).catch(() => null);
  }

  const handlers: Pick<Handlers, 'walk/context' | 'walk/start' | 'walk/state' | 'walk/control'> = {
    async 'walk/context'(req, sender) {
      ownPage(sender);
      const tab = await deps.getTab(req.tabId);
      const study = await getActiveStudy(db, deps.defaultStudyName);
      const framework = await frameworkOf(db, study);
      const brands = await brandsOfStudy(db, study.id);
      const host = isWeb(tab?.url) ? hostOf(tab.url) : '';
      const own = host
        ? (brands.find((b) => b.domains.some((d) => hostIsUnder(host, d))) ?? brands.find((b) => b.domains.some((d) => hostMatchesDomain(host, d))))
        : undefined;
      const running = await walkOfTab(db, req.tabId);
      return {
        ok: true,
        context: {
          study: { id: study.id, name: study.name },
          stages: framework.stages.map((s) => ({ id: s.id, label: localize(s.short, locale), name: localize(s.name, locale) })),
          brands: brands.map((b) => b.name),
          brandName: own?.name ?? '',
          page: isWeb(tab?.url) ? { url: tab.url, title: tab.title ?? '' } : null,
          running: running ? await infoOf(running) : null,
        },
      };
    },

    async 'walk/start'(req, sender) {
      ownPage(sender);
      const tab = await deps.getTab(req.tabId);
      if (!isWeb(tab?.url)) throw new WalkRequestError('not-web-page', 'walks record web pages only');
      const study = await getActiveStudy(db, deps.defaultStudyName);
      const framework = await frameworkOf(db, study);
      if (!findStage(framework, req.stageId)) throw new WalkRequestError('unknown-stage', `no stage ${req.stageId} in this study`);
      const { brand } = await db.transaction('rw', db.brands, () => findOrCreateBrand(db, study.id, req.brandName));
      const walk = await startWalk(db, { studyId: study.id, brandId: brand.id, stageId: req.stageId, task: req.task, tabId: req.tabId, screenshots: req.screenshots });
      await addStep(db, walk.id, { action: 'page', url: tab.url, title: tab.title, thumb: await thumbFor(walk, tab) });
      await deps.injectRecorder(req.tabId).catch(() => undefined);
      return { ok: true, walk: await infoOf(walk) };
    },

    async 'walk/state'(_req, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: true, walk: null };
      const walk = await walkOfTab(db, tabId);
      return { ok: true, walk: walk ? await infoOf(walk) : null };
    },

    async 'walk/control'(req, sender) {
      const walk = await walkOfSender(sender, req.walkId);
      if (req.control === 'friction' || req.control === 'note') {
        const tab = await deps.getTab(walk.tabId);
        const url = isWeb(tab?.url) ? tab.url : ((await stepsOfWalk(db, walk.id)).at(-1)?.url ?? 'https://invalid.example/');
        await markLatest(db, walk.id, req.control === 'friction' ? { friction: true, url, title: tab?.title } : { note: req.note, url, title: tab?.title });
        return { ok: true, walk: await infoOf((await db.walks.get(walk.id))!) };
      }
      return { ok: true, walk: await infoOf(await controlWalk(db, walk.id, req.control)) };
    },
  };

  /**
   * Steps the recorder left in extension storage: each is validated, added to
   * its walk when that walk is recording (idempotent by step id), and removed.
   */
  async function ingestRecorded(entries: Record<string, unknown>): Promise<void> {
    const done: string[] = [];
    for (const [key, value] of Object.entries(entries)) {
      if (!key.startsWith(RECORDED_STEP_PREFIX)) continue;
      done.push(key);
      const parsed = RecordedStepSchema.safeParse(value);
      if (!parsed.success) {
        console.warn('[journey-lens] ignored a malformed walk step', parsed.error.issues.slice(0, 3));
        continue;
      }
      const walk = await db.walks.get(parsed.data.walkId);
      if (!walk || walk.status === 'stopped') continue;
      await addStep(db, walk.id, parsed.data.step);
    }
    if (done.length) await deps.removeRecorded?.(done);
  }

  return {
    handlers,
    ingestRecorded,

    /** A tab finished loading a page: a page step for its walk, and the recorder again. */
    async onTabUpdated(tabId: number, change: { status?: string; url?: string; title?: string }, tab: WalkTab): Promise<void> {
      if (change.status !== 'complete' && change.url === undefined) return;
      const walk = await walkOfTab(db, tabId);
      if (!walk || !isWeb(tab.url)) return;
      if (walk.status === 'recording') {
        await addStep(db, walk.id, { action: 'page', url: tab.url, title: tab.title, thumb: change.status === 'complete' ? await thumbFor(walk, tab) : null });
      }
      if (change.status === 'complete') await deps.injectRecorder(tabId).catch(() => undefined);
    },

    /**
     * The walk-through keyboard command: stops the walk the tab records, or
     * (none) asks for the Walk-through dialog in the popup. Returns what it did.
     */
    async onWalkCommand(tabId: number | undefined): Promise<'stopped' | 'dialog'> {
      const walk = tabId === undefined ? undefined : await walkOfTab(db, tabId);
      if (walk) {
        await controlWalk(db, walk.id, 'stop');
        return 'stopped';
      }
      return 'dialog';
    },

    /** A closed tab ends its walk (the steps stay). */
    async onTabRemoved(tabId: number): Promise<void> {
      const walk = await walkOfTab(db, tabId);
      if (walk) await controlWalk(db, walk.id, 'stop');
    },

    /** A clip saved in a tab that records a walk joins the walk as a step. */
    async onClipSaved(tabId: number, clip: { id: string; url: string; title?: string; quote?: string }): Promise<void> {
      const walk = await walkOfTab(db, tabId);
      if (!walk || walk.status !== 'recording' || !isWeb(clip.url)) return;
      await addStep(db, walk.id, { id: `clip-${clip.id}`.slice(0, 64), action: 'clip', url: clip.url, title: clip.title, targetText: (clip.quote ?? '').slice(0, 300), clipId: clip.id });
    },
  };
}

/**
 * The capture handlers, with a clip saved in a tab that records a walk joining
 * that walk (a `clip` step). A failure to join is logged; the save stands.
 */
export function joiningWalks<H extends Pick<Handlers, 'clip/save'>>(
  handlers: H,
  onClipSaved: (tabId: number, clip: { id: string; url: string; title?: string; quote?: string }) => Promise<void>,
): H {
  const save = handlers['clip/save'];
  return {
    ...handlers,
    async 'clip/save'(req, sender) {
      const answer = await save(req, sender);
      if (answer.ok && sender.tab?.id !== undefined) {
        await onClipSaved(sender.tab.id, { id: answer.clipId, url: req.draft.url, title: req.draft.title, quote: req.draft.quote }).catch((e: unknown) =>
          console.warn('[journey-lens] clip not added to the walk', e),
        );
      }
      return answer;
    },
  };
}
