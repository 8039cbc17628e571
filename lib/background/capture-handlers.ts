import { detectBrand } from '../capture/brand-detection';
import { PageMetadataSchema, type PageMetadata } from '../capture/page-metadata';
import { detectSource } from '../capture/source-type';
import { hostOf } from '../capture/normalize-url';
import type { JourneyLensDB } from '../db/database';
import type { CompressedShot } from './screenshot';
import { brandsOfStudy } from '../db/brands-repo';
import { countClipsForPage, saveDraft } from '../db/clips-repo';
import { frameworkOf, getActiveStudy } from '../db/studies-repo';
import { learnStageOfClip, studyStageModel } from '../db/stage-models-repo';
import type { StageModelBundle } from '../stage-model/model-bundle';
import { suggestStage } from '../stage-model/suggest';
import { foldToSimplified } from '../stage-model/chinese-fold';
import { nowIso, type Clip } from '../model';
import { localize, type Locale } from '../model';
import type { FormContext } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { clipButtonOn } from '../settings/settings';
import { getSettings } from '../preferences/settings';
import { ofStudy } from '../db/clip-reads';

export interface CaptureDeps {
  db: JourneyLensDB;
  locale: Locale;
  defaultStudyName: string;
  /** Runs the on-demand clip form script in a tab's frame. */
  injectForm(tabId: number, frameId: number): Promise<void>;
  /** A compressed screenshot of a window's visible tab. */
  captureTab(windowId: number | undefined): Promise<CompressedShot>;
  /** Shows a tab's clip count on the toolbar button. */
  setBadge?(tabId: number, count: number): Promise<void>;
  /** The shipped stage model (loaded once, on first use); without it only what a study learned suggests stages. */
  stageModel?(): Promise<StageModelBundle | undefined>;
}

/** How long the clip form waits for the stage model before it opens without a suggestion. */
const MODEL_WAIT_MS = 4000;

/** `promise`'s value if it settles within `ms`, else undefined (the work goes on). */
function settledWithin<T>(promise: Promise<T> | undefined, ms: number): Promise<T | undefined> {
  if (!promise) return Promise.resolve(undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The background's answers to content-script and page requests. */
export function createCaptureHandlers(
  deps: CaptureDeps,
): Pick<Handlers, 'form/open' | 'form/context' | 'clip/save' | 'page/clip-count'> {
  const { db, locale } = deps;
  /** JSON-LD types of the pages the form opened on lately, so a saved clip teaches with what suggested it. */
  const pageTypes = new Map<string, string[]>();
  /** Every saved clip teaches its study's stage model the stage the researcher chose. */
  async function learnFromClip(clip: Pick<Clip, 'studyId' | 'stageId' | 'quote' | 'url' | 'title' | 'sourceType'>) {
    const study = await db.studies.get(clip.studyId);
    if (!study) return;
    const framework = await frameworkOf(db, study);
    await learnStageOfClip(
      db,
      await deps.stageModel?.(),
      {
        studyId: study.id,
        frameworkId: framework.id,
        stageIds: framework.stages.map((s) => s.id),
        stageId: clip.stageId,
        input: { text: clip.quote, url: clip.url, title: clip.title, sourceType: clip.sourceType, jsonLdTypes: pageTypes.get(clip.url) },
      },
      nowIso(),
    );
  }
  return {
    async 'form/open'(_req, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, code: 'no-tab', message: 'the form opens in a tab' };
      // Load the stage model (and the Chinese folding tables) while the form script loads.
      void deps.stageModel?.().then(() => foldToSimplified('繁'));
      await deps.injectForm(tabId, sender.frameId ?? 0);
      return { ok: true };
    },

    async 'form/context'(req) {
      const parsedMeta = PageMetadataSchema.safeParse(req.meta);
      const meta: PageMetadata | undefined = parsedMeta.success ? parsedMeta.data : undefined;
      const study = await getActiveStudy(db, deps.defaultStudyName);
      const framework = await frameworkOf(db, study);
      const brands = await brandsOfStudy(db, study.id);
      const source = detectSource(req.url, meta, brands);
      const detected = detectBrand({ url: req.url, meta, selection: req.selection, source }, brands);
      const jsonLdTypes = meta?.types ?? [];
      pageTypes.delete(req.url);
      pageTypes.set(req.url, jsonLdTypes);
      if (pageTypes.size > 50) pageTypes.delete(pageTypes.keys().next().value!);
      const suggestion = suggestStage({
        // A model still loading (a cold start on a busy machine) never holds the form back:
        // after a short wait the form opens without a pre-filled stage, and the next one has it.
        bundle: await settledWithin(deps.stageModel?.(), MODEL_WAIT_MS),
        study: await studyStageModel(db, study.id),
        frameworkId: framework.id,
        stageIds: framework.stages.map((s) => s.id),
        input: { text: req.selection, url: req.url, title: meta?.title, sourceType: source.sourceType, jsonLdTypes },
      });
      const tagCounts = new Map<string, number>();
      await ofStudy(db.clips, study.id)
        .reverse()
        .limit(500)
        .each((c) => c.tags.forEach((t) => tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1)));
      const context: FormContext = {
        study: { id: study.id, name: study.name, lenses: study.lenses },
        stages: framework.stages.map((s) => ({
          id: s.id,
          label: localize(s.short, locale),
          name: localize(s.name, locale),
          description: localize(s.description, locale),
          lookFor: s.lookFor.map((l) => localize(l, locale)),
          color: s.color,
        })),
        brands: brands.map((b) => b.name),
        brandAliases: Object.fromEntries(brands.filter((b) => b.aliases.length).map((b) => [b.name, b.aliases.slice(0, 20)])),
        tags: [...tagCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([t]) => t),
        detected: {
          brandName: detected.name,
          reason: detected.reason,
          // Offered as "this is the brand's own site": added to its domains only when the researcher ticks it.
          ...(detected.newDomain || (!detected.brandId && detected.name && source.sourceType === 'competitor_site')
            ? { brandDomain: detected.newDomain ?? hostOf(req.url) }
            : {}),
        },
        source,
        suggestion: suggestion.choices.length ? suggestion : null,
      };
      const { screenshotDefault } = await getSettings();
      return { ok: true, context, screenshotDefault };
    },

    async 'clip/save'(req, sender) {
      const study = req.draft.studyId
        ? { id: req.draft.studyId }
        : await getActiveStudy(db, deps.defaultStudyName);
      let screenshot: CompressedShot | undefined;
      let screenshotError: string | undefined;
      if (req.withScreenshot && !(await db.clips.get(req.draft.id))) {
        try {
          screenshot = await deps.captureTab(sender.tab?.windowId);
        } catch (error) {
          // The clip matters more than its picture: save it and say the screenshot failed.
          screenshotError = String((error as Error)?.message ?? error);
        }
      }
      const result = await saveDraft(db, { ...req.draft, studyId: study.id }, { screenshot });
      if (!result.duplicate) await learnFromClip(result.clip).catch((error: unknown) => console.warn('journey-lens: stage learning failed', error));
      const brand = await db.brands.get(result.clip.brandId);
      const pageCount = await countClipsForPage(db, result.clip.url);
      if (sender.tab?.id !== undefined) await deps.setBadge?.(sender.tab.id, pageCount).catch(() => undefined);
      return {
        ok: true,
        clipId: result.clip.id,
        duplicate: result.duplicate,
        pageCount,
        brandName: brand?.name ?? req.draft.brandName,
        ...(screenshotError ? { screenshotError } : {}),
      };
    },

    async 'page/clip-count'(req, sender) {
      const [count, settings] = await Promise.all([countClipsForPage(db, req.url), getSettings()]);
      // The top frame's page decides the badge.
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) await deps.setBadge?.(sender.tab.id, count).catch(() => undefined);
      // Off for the frame's site or for the tab's page: what the user sees is the tab.
      return { ok: true, count, clipButton: clipButtonOn(settings, req.url, sender.tab?.url) };
    },
  };
}
