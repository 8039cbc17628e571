import { saveDraft } from '../../../lib/db/clips-repo';
import { createUiServices } from '../../../lib/ui-services';
import { draft, freshDb } from '../db/helpers';

/** A study (Moments of Truth) with Acme: 2 clips at FMOT, 1 at ZMOT; Globex: 1 at SMOT — and the page services over it. */
export async function seededServices() {
  const { db, study } = await freshDb();
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10)).toISOString();
  const clips = [
    draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot', quote: 'Free returns within 30 days', score: 5, capturedAt: at(2) }),
    draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot', quote: 'Checkout asks for an account', score: 2, capturedAt: at(3) }),
    draft({ studyId: study.id, brandName: 'Acme', stageId: 'zmot', quote: 'Reviews mention slow delivery', capturedAt: at(4) }),
    draft({ studyId: study.id, brandName: 'Globex', stageId: 'smot', quote: 'Support answered in an hour', capturedAt: at(5) }),
  ];
  for (const c of clips) await saveDraft(db, c);
  return { db, study, clips, services: createUiServices(db) };
}
