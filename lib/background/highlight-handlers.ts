import { normalizeUrl } from '../capture/normalize-url';
import type { JourneyLensDB } from '../db/database';
import { frameworkOf } from '../db/active-study';
import { nowIso } from '../model/make-id';
import { localize, type Locale } from '../model/locale';
import type { PageClip } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { hiddenHighlightsPref, hideHighlights, highlightsHiddenOn } from '../preferences/hidden-highlights';

export interface HighlightDeps {
  db: JourneyLensDB;
  locale: Locale;
  injectHighlighter(tabId: number, frameId: number): Promise<void>;
  setBadge(tabId: number, count: number): Promise<void>;
}

/** The background's side of highlights on revisit. */
export function createHighlightHandlers(deps: HighlightDeps): Pick<Handlers, 'highlights/open' | 'page/clips' | 'page/anchors' | 'highlights/hide'> {
  const { db, locale } = deps;
  return {
    async 'highlights/open'(_req, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, code: 'no-tab', message: 'highlights open in a tab' };
      await deps.injectHighlighter(tabId, sender.frameId ?? 0);
      return { ok: true };
    },

    async 'page/clips'(req) {
      const key = normalizeUrl(req.url);
      const rows = await db.clips.where('urlKey').equals(key).limit(500).toArray();
      const hidden = await hiddenHighlightsPref.get();
      const studies = new Map<string, Awaited<ReturnType<typeof frameworkOf>>>();
      const brands = new Map((await db.brands.bulkGet([...new Set(rows.map((c) => c.brandId))])).filter((b) => !!b).map((b) => [b!.id, b!.name]));
      const clips: PageClip[] = [];
      for (const c of rows) {
        if (!c.selectors.quote) continue; // page, link and image clips have nothing to highlight
        let framework = studies.get(c.studyId);
        if (!framework) {
          const study = await db.studies.get(c.studyId);
          if (!study || study.archived) continue;
          framework = await frameworkOf(db, study);
          studies.set(c.studyId, framework);
        }
        const stage = framework.stages.find((s) => s.id === c.stageId);
        clips.push({
          id: c.id,
          quote: { exact: c.selectors.quote.exact, prefix: c.selectors.quote.prefix, suffix: c.selectors.quote.suffix },
          ...(c.selectors.position ? { position: { start: c.selectors.position.start, end: c.selectors.position.end } } : {}),
          stageId: c.stageId,
          stageLabel: stage ? localize(stage.short, locale) : c.stageId,
          color: stage?.color ?? '#f59e0b',
          brandName: brands.get(c.brandId) ?? '',
          note: c.note,
          score: c.score,
        });
      }
      return { ok: true, hidden: highlightsHiddenOn(hidden, key), clips };
    },

    async 'page/anchors'(req) {
      const ids = req.results.map((r) => r.clipId);
      const clips = new Map((await db.clips.bulkGet(ids)).filter((c) => !!c).map((c) => [c!.id, c!]));
      const now = nowIso();
      await db.anchors.bulkPut(
        req.results
          .filter((r) => clips.get(r.clipId)?.urlKey === normalizeUrl(req.url)) // only clips of that page
          .map((r) => ({
            clipId: r.clipId,
            studyId: clips.get(r.clipId)!.studyId,
            status: r.status,
            foundText: r.status === 'changed' ? r.foundText : '',
            checkedAt: now,
            ...(r.status === 'orphan' && r.candidates?.length ? { candidates: r.candidates } : {}),
          })),
      );
      return { ok: true };
    },

    async 'highlights/hide'(req) {
      await hideHighlights(normalizeUrl(req.url), req.scope, req.hidden);
      return { ok: true };
    },
  };
}
