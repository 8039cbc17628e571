import type { JourneyLensDB } from '../db/database';
import { AnchorCandidateSchema } from '../model';
import { nowIso } from '../model/make-id';
import type { Handlers } from '../messaging/router';
import type { TabMessageOf } from '../messaging/tab-messages';

export interface AnchorChoiceDeps {
  db: JourneyLensDB;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: only our own pages may choose. */
  extensionOrigin: string;
  /** The ids of the open tabs showing web pages (http, https). */
  webTabs(): Promise<number[]>;
  /** Sends a message to every frame of a tab (a tab without our content script just fails). */
  sendToTab(tabId: number, message: TabMessageOf<'tab/highlights-refresh'>): Promise<unknown>;
}

/**
 * An orphaned clip whose passage is at several places on its page lists
 * those places (AnchorState.candidates, reported by the highlighter); the
 * researcher picks one in the side panel. The pick becomes the clip's
 * selectors (validated, through updateClip), the clip counts as anchored
 * again, and the open tabs highlight anew. Only the places the highlighter
 * listed can be picked: the side panel sends an index, not selectors.
 * The answer carries the clip's selectors as they were, for the panel's
 * Undo (`anchor/restore`).
 */
export function createAnchorChoiceHandlers(deps: AnchorChoiceDeps): Pick<Handlers, 'anchor/choose' | 'anchor/restore'> {
  const { db } = deps;
  const ownPage = (url: string | undefined) => (url ?? '').startsWith(`${deps.extensionOrigin}/`);
  /** The open tabs highlight again (a tab without our script just fails). */
  const refresh = async () => {
    const tabs = await deps.webTabs();
    const told = await Promise.allSettled(tabs.map((id) => deps.sendToTab(id, { type: 'tab/highlights-refresh' })));
    return told.filter((r) => r.status === 'fulfilled').length;
  };
  return {
    async 'anchor/choose'(req, sender) {
      if (!ownPage(sender.url)) return { ok: false, code: 'forbidden', message: 'only extension pages choose a place' };
      const state = await db.anchors.get(req.clipId);
      const picked = state?.status === 'orphan' ? state.candidates?.[req.index] : undefined;
      if (!state || !picked) return { ok: false, code: 'no-candidate', message: `clip ${req.clipId} has no place ${req.index + 1} to choose` };
      const candidate = AnchorCandidateSchema.parse(picked);
      const [{ updateClip }, { clipWriteTables }] = await Promise.all([import('../db/clips-repo'), import('../db/clip-writes')]);
      const previous = await db.transaction('rw', [...clipWriteTables(db), db.anchors, db.brands, db.studies, db.frameworks], async () => {
        const before = await db.clips.get(req.clipId);
        await updateClip(db, req.clipId, { selectors: { quote: candidate.quote, position: candidate.position } });
        await db.anchors.put({ clipId: state.clipId, studyId: state.studyId, status: 'anchored', foundText: '', checkedAt: nowIso() });
        return before?.selectors ?? {};
      });
      return { ok: true, tabs: await refresh(), previous };
    },

    async 'anchor/restore'(req, sender) {
      if (!ownPage(sender.url)) return { ok: false, code: 'forbidden', message: 'only extension pages restore selectors' };
      const { updateClip } = await import('../db/clips-repo');
      await updateClip(db, req.clipId, { selectors: req.selectors });
      // The highlighter reports afresh what the restored selectors find.
      await db.anchors.delete(req.clipId);
      return { ok: true, tabs: await refresh() };
    },
  };
}
