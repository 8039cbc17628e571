import type { JourneyLensDB } from '../db/database';
import { normalizeUrl } from '../capture/normalize-url';
import { dropDraft, keepDraft, keptDrafts } from '../drafts/kept-drafts';
import type { Handlers } from '../messaging/router';

/** Keeping and dropping the clip form's draft (the form cannot open the extension's database itself). */
export function createDraftHandlers(db: JourneyLensDB): Pick<Handlers, 'draft/keep' | 'draft/drop' | 'draft/for-page'> {
  return {
    async 'draft/keep'(req) {
      await keepDraft(db, req.kept);
      return { ok: true };
    },
    async 'draft/drop'(req) {
      await dropDraft(db, req.id);
      return { ok: true };
    },
    async 'draft/for-page'(req) {
      const page = normalizeUrl(req.url);
      return { ok: true, kept: (await keptDrafts(db)).filter((k) => normalizeUrl(k.draft.url) === page) };
    },
  };
}
