import { i18n } from '#i18n';
import type { JourneyLensDB } from '@/lib/db/database';
import { removeSampleStudies, undoRemoveSampleStudies } from '@/lib/demo/sample-study';
import { formatCount } from '@/lib/ui-locale';
import type { UndoAction } from './UndoToast';

/** Removes the sample study (clips added to it go with it) and returns the Undo to offer in a toast. */
export async function removeSampleWithUndo(db: JourneyLensDB): Promise<UndoAction> {
  const removed = await removeSampleStudies(db);
  const clips = removed.reduce((n, d) => n + d.clipCount, 0);
  return { message: i18n.t('sampleRemoved', [formatCount(clips)]), undo: () => undoRemoveSampleStudies(db, removed) };
}
