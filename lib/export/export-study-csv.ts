import { clipCountOfStudy } from '../db/cells-store';
import { clipBatches, clipRowBatches } from '../db/clip-batches';
import { filteredClips } from '../db/filtered-clips';
import { isFilterActive, type ClipFilter } from '../matrix/clip-filter';
import type { JourneyLensDB } from '../db/database';
import { frameworkOf } from '../db/studies-repo';
import { findStage, localize, type Locale } from '../model';
import { buildCsvBlob, clipsCsvChunks } from './clips-csv';
import { rowsCsvBlob } from './clip-rows-csv';
import { exportFileName } from './file-name';
import { AppError } from '../errors/app-error';
import { ofStudy } from '../db/clip-reads';

/**
 * Where the export reads from: `auto` (the default) reads the pre-formatted
 * `clipRows` when every clip of the study has one and there is no filter, the
 * clips otherwise; `clips` and `rows` force one (tests, bench; `rows` throws
 * when rows are missing).
 */
export type CsvSource = 'auto' | 'clips' | 'rows';

/**
 * A study's clips as a CSV file (docs/ARCHITECTURE.md, Contracts), read in batches and turned
 * into Blob parts as it goes so memory stays bounded.
 */
export async function exportStudyCsv(
  db: JourneyLensDB,
  studyId: string,
  locale: Locale,
  onProgress?: (done: number, total: number) => void,
  filter?: ClipFilter,
  via: CsvSource = 'auto',
): Promise<{ blob: Blob; fileName: string; rows: number; via: 'clips' | 'rows' }> {
  const study = await db.studies.get(studyId);
  if (!study) throw new AppError('study-missing', [], `study ${studyId} does not exist`);
  const framework = await frameworkOf(db, study);
  const brands = new Map((await db.brands.where('studyId').equals(studyId).toArray()).map((b) => [b.id, b.name]));
  // With filters on, the file holds what the researcher sees: the filtered clips.
  const filtered = filter && isFilterActive(filter) ? await filteredClips(db, studyId, filter) : undefined;
  filtered?.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
  let total = filtered?.length ?? 0;
  const fromRows = !filtered && via !== 'clips';
  if (fromRows) {
    total = await clipCountOfStudy(db, studyId);
  } else if (!filtered) total = await ofStudy(db.clips, studyId).count();
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
  if (fromRows) {
    const blob = await rowsCsvBlob(clipRowBatches(db, studyId), ctx, (n) => {
      done += n;
      onProgress?.(done, total);
    });
    // Every clip must have had its row: checked against the aggregates first,
    // and, when those disagree, against an exact count of the clips.
    const clips = done === total ? total : await ofStudy(db.clips, studyId).count();
    if (clips === done) return { blob, fileName: exportFileName(study.name, new Date(), 'csv'), rows: done, via: 'rows' };
    // A write path that missed its row: an incomplete file is worse than a slower one.
    console.warn(`journey-lens: study ${studyId} has ${clips} clips but ${done} CSV rows; exporting from clips`);
    if (via === 'rows') throw new Error(`clipRows out of step: ${done} rows for ${clips} clips`);
    done = 0;
    total = clips;
  }
  const blob = await buildCsvBlob(clipsCsvChunks(counted(), ctx));
  // A filtered file says so in its name: `journey-lens-<study>-filtered-<date>.csv`.
  return { blob, fileName: exportFileName(study.name, new Date(), 'csv', filtered ? 'filtered' : undefined), rows: done, via: 'clips' };
}
