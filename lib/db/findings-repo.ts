import { FindingSchema, nowIso, type Finding } from '../model';
import type { JourneyLensDB } from './database';
import { FINDING_MAX } from '../model/finding';

/** Sets (or clears, with blank text) the one-line finding of a brand × stage cell. */
export async function setFinding(db: JourneyLensDB, key: { studyId: string; brandId: string; stageId: string }, text: string): Promise<void> {
  const trimmed = text.trim().slice(0, FINDING_MAX);
  await db.transaction('rw', db.findings, db.tombstones, async () => {
    const id: [string, string, string] = [key.studyId, key.brandId, key.stageId];
    if (!trimmed) {
      if (await db.findings.get(id)) {
        await db.findings.delete(id);
        await db.tombstones.put({ id: `${key.studyId}/${key.brandId}/${key.stageId}`, table: 'findings', studyId: key.studyId, deletedAt: nowIso() });
      }
      return;
    }
    await db.findings.put(FindingSchema.parse({ ...key, text: trimmed, updatedAt: nowIso() }));
  });
}

export async function findingsOfStudy(db: JourneyLensDB, studyId: string): Promise<Finding[]> {
  return db.findings.where('studyId').equals(studyId).toArray();
}
