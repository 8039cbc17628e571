import { StudySchema, newId, nowIso, type Study } from '../model';
import type { JourneyLensDB } from './database';

/** Creates a study on a framework; the name is validated. */
export async function createStudy(db: JourneyLensDB, input: { name: string; frameworkId: string }): Promise<Study> {
  const now = nowIso();
  const study = StudySchema.parse({
    id: newId(),
    name: input.name,
    frameworkId: input.frameworkId,
    createdAt: now,
    updatedAt: now,
  });
  await db.studies.add(study);
  return study;
}
