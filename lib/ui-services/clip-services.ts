import type { JourneyLensDB } from '../db/database';
import type { ClipServices } from './types';

/** One clip in a cell's list: its edits, its anchoring state and its screenshot. */
export function clipServices(db: JourneyLensDB): ClipServices {
  // Writes validate with zod; the schema code loads on the first edit, not with the panel.
  const writes = () => import('../db/clips-repo');
  return {
    async deleteClips(ids) {
      const { deleteClips, restoreClips } = await writes();
      const removed = await deleteClips(db, ids);
      return () => restoreClips(db, removed);
    },
    async updateClip(id, patch) {
      const { updateClip, revertPatch, fromStored } = await writes();
      // The Undo restores what is stored now (the list may not have re-rendered since the last change).
      const stored = await db.clips.get(id);
      if (!stored) return null;
      const revert = revertPatch(fromStored(stored), patch);
      if (JSON.stringify(revert) === JSON.stringify(patch)) return {};
      await updateClip(db, id, patch);
      return { undo: () => updateClip(db, id, revert).then(() => undefined) };
    },
    anchorState: (clipId) => db.anchors.get(clipId),
    screenshot: async (screenshotId) => (await db.screenshots.get(screenshotId))?.data,
  };
}
