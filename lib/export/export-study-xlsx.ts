import writeXlsxFile from 'write-excel-file/universal';
import { clipBatches } from '../db/clip-batches';
import type { JourneyLensDB } from '../db/database';
import { filteredClips } from '../db/filtered-clips';
import { buildMatrix } from '../matrix/build-matrix';
import { isFilterActive, type ClipFilter } from '../matrix/clip-filter';
import { findStage, localize, type Clip, type Locale } from '../model';
import type { ClipsCsvContext } from './clips-csv';
import { studyParts } from './export-study-report';
import { exportFileName } from './file-name';
import { autoFilterFeature } from './xlsx-autofilter';
import { clipsSheet, findingsSheet, matrixSheet, type XlsxLabels } from './xlsx-sheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A study as an .xlsx workbook: the Clips sheet (the CSV's columns, typed),
 * the Matrix sheet (counts and average scores in the heat colours, findings)
 * and the Findings sheet. With filters on, the Clips sheet holds the filtered
 * clips, as the CSV does. Loaded on demand by the side panel only.
 */
export async function exportStudyXlsx(
  db: JourneyLensDB,
  studyId: string,
  locale: Locale,
  labels: XlsxLabels,
  filter?: ClipFilter,
): Promise<{ blob: Blob; fileName: string; rows: number }> {
  const parts = await studyParts(db, studyId);
  const { study, framework } = parts;
  const allBrands = new Map((await db.brands.where('studyId').equals(studyId).toArray()).map((b) => [b.id, b.name]));
  let clips: Clip[];
  if (filter && isFilterActive(filter)) {
    clips = await filteredClips(db, studyId, filter);
    clips.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
  } else {
    clips = [];
    for await (const batch of clipBatches(db, studyId)) clips.push(...batch);
  }
  const stageLabel = (stageId: string) => {
    const stage = findStage(framework, stageId);
    return stage ? localize(stage.short, locale) : stageId;
  };
  const ctx: ClipsCsvContext = {
    studyName: study.name,
    frameworkName: localize(framework.name, locale),
    stageLabel,
    brandName: (brandId) => allBrands.get(brandId) ?? '',
  };
  const matrix = buildMatrix(parts.brands, framework.stages, parts.cells);
  const sheets = [
    clipsSheet(clips, ctx, labels),
    matrixSheet(matrix, parts.findings, stageLabel, labels),
    findingsSheet(matrix, parts.findings, stageLabel, labels),
  ];
  const written = await writeXlsxFile(sheets, { features: [autoFilterFeature(sheets)] }).toBlob();
  return { blob: new Blob([written], { type: XLSX_TYPE }), fileName: exportFileName(study.name, new Date(), 'xlsx'), rows: clips.length };
}
