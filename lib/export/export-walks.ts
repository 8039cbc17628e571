import type { JourneyLensDB } from '../db/database';
import { stepsByWalk } from '../walks/walk-summary';
import { exportFileName } from './file-name';
import { walksCsv } from './walks-csv';
import { AppError } from '../errors/app-error';

/** Reads a study's walks and steps in one transaction. */
export async function studyWalks(db: JourneyLensDB, studyId: string) {
  return db.transaction('r', db.studies, db.brands, db.walks, db.walkSteps, async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new AppError('study-missing', [], `study ${studyId} does not exist`);
    const [brands, walks, steps] = await Promise.all([
      db.brands.where('studyId').equals(studyId).toArray(),
      db.walks.where('studyId').equals(studyId).toArray(),
      db.walkSteps.where('studyId').equals(studyId).toArray(),
    ]);
    return { study, brands, walks, steps: stepsByWalk(steps) };
  });
}

/** `walks.csv` of a study: one row per step of every walk. */
export async function exportWalksCsv(db: JourneyLensDB, studyId: string) {
  const { study, brands, walks, steps } = await studyWalks(db, studyId);
  const names = new Map(brands.map((b) => [b.id, b.name]));
  const csv = walksCsv(walks, (id) => steps.get(id) ?? [], { studyName: study.name, brandName: (id) => names.get(id) ?? '' });
  return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName(study.name, new Date(), 'csv', 'walks') };
}
