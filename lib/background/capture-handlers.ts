import { detectBrand } from '../capture/brand-detection';
import { PageMetadataSchema, type PageMetadata } from '../capture/page-metadata';
import { detectSource } from '../capture/source-type';
import { suggestStages } from '../capture/stage-suggestion';
import { hostOf } from '../capture/normalize-url';
import type { JourneyLensDB } from '../db/database';
import type { CompressedShot } from './screenshot';
import { brandsOfStudy } from '../db/brands-repo';
import { countClipsForPage, saveDraft } from '../db/clips-repo';
import { frameworkOf, getActiveStudy } from '../db/studies-repo';
import { localize, type Locale } from '../model';
import type { FormContext } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { clipButtonOn } from '../settings/settings';
import { getSettings } from '../settings/settings-repo';

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
}

/** The background's answers to content-script and page requests. */
export function createCaptureHandlers(
  deps: CaptureDeps,
): Pick<Handlers, 'form/open' | 'form/context' | 'clip/save' | 'page/clip-count'> {
  const { db, locale } = deps;
  return {
    async 'form/open'(_req, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, code: 'no-tab', message: 'the form opens in a tab' };
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
      const suggestions = suggestStages({
        frameworkId: framework.id,
        sourceType: source.sourceType,
        url: req.url,
        title: meta?.title,
        text: req.selection,
        hasReviewJsonLd: !!meta?.review,
      });
      const tagCounts = new Map<string, number>();
      await db.clips
        .where('studyId')
        .equals(study.id)
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
        suggestion: suggestions[0] ? { stageId: suggestions[0].stageId, reason: suggestions[0].reason } : null,
      };
      const { screenshotDefault } = await getSettings(db);
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
      const [count, settings] = await Promise.all([countClipsForPage(db, req.url), getSettings(db)]);
      // The top frame's page decides the badge.
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) await deps.setBadge?.(sender.tab.id, count).catch(() => undefined);
      // Off for the frame's site or for the tab's page: what the user sees is the tab.
      return { ok: true, count, clipButton: clipButtonOn(settings, req.url, sender.tab?.url) };
    },
  };
}
