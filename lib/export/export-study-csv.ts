import { clipBatches } from '../db/clip-batches';
import { filteredClips } from '../db/filtered-clips';
import { isFilterActive, type ClipFilter } from '../matrix/clip-filter';
import type { JourneyLensDB } from '../db/database';
import { frameworkOf } from '../db/studies-repo';
import { findStage, localize, type Locale } from '../model';
import { buildCsvBlob, clipsCsvChunks } from './clips-csv';
import { exportFileName } from './file-name';

/**
 * A study's clips as a CSV file (DESIGN.md §4), read in batches and turned
 * into Blob parts as it goes so memory stays bounded.
 */
export async function exportStudyCsv(
  db: JourneyLensDB,
  studyId: string,
  locale: Locale,
  onProgress?: (done: number, total: number) => void,
  filter?: ClipFilter,
): Promise<{ blob: Blob; fileName: string; rows: number }> {
  const study = await db.studies.get(studyId);
  if (!study) throw new Error(`study ${studyId} does not exist`);
  const framework = await frameworkOf(db, study);
  const brands = new Map((await db.brands.where('studyId').equals(studyId).toArray()).map((b) => [b.id, b.name]));
  // With filters on, the file holds what the researcher sees: the filtered clips.
  const filtered = filter && isFilterActive(filter) ? await filteredClips(db, studyId, filter) : undefined;
  filtered?.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
  const total = filtered ? filtered.length : await db.clips.where('studyId').equals(studyId).count();
  let done = 0;
  async function* source() {
    if (!filtered) return yield* clipBatches(db, studyId);
    for (let i = 0; i < filtered.length; i += 2000) yield filtered.slice(i, i + 2000);
  }
  async function* counted() {
    for await (const batch of source()) {
      yield batch;
      done += batch.length;
      onProgress?.(done, total);
    }
  }
  const stageLabels = new Map<string, string>();
  const ctx = {
    studyName: study.name,
    frameworkName: localize(framework.name, locale),
    stageLabel(stageId: string): string {
      let label = stageLabels.get(stageId);
      if (label === undefined) {
        const stage = findStage(framework, stageId);
        label = stage ? localize(stage.short, locale) : stageId;
        stageLabels.set(stageId, label);
      }
      return label;
    },
    brandName: (brandId: string) => brands.get(brandId) ?? '',
  };
  const blob = await buildCsvBlob(clipsCsvChunks(counted(), ctx));
  return { blob, fileName: exportFileName(study.name, new Date(), 'csv'), rows: done };
}
