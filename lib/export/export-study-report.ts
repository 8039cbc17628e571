import { frameworkOf } from '../db/active-study';
import { clipBatches } from '../db/clip-batches';
import type { JourneyLensDB } from '../db/database';
import { orderBrands } from '../preferences/view-arrangement';
import { getViewPrefs } from '../preferences/view-prefs';
import { buildMatrix } from '../matrix/build-matrix';
import type { Locale } from '../model/locale';
import { exportFileName } from './file-name';
import { markdownReport, strongestQuotes, type ReportLabels } from './markdown-report';
import { matrixSummaryCsv } from './matrix-summary-csv';
import { studyWalks } from './export-walks';
import { walksMarkdown, type WalksReportLabels } from './walks-markdown';
import { AppError } from '../errors/app-error';

/** A study with its framework, visible brands in matrix order, cell aggregates and findings (by `brandId/stageId`). */
export async function studyParts(db: JourneyLensDB, studyId: string) {
  const study = await db.studies.get(studyId);
  if (!study) throw new AppError('study-missing', [], `study ${studyId} does not exist`);
  const [framework, brands, cells, findings, prefs] = await Promise.all([
    frameworkOf(db, study),
    db.brands.where('studyId').equals(studyId).toArray(),
    db.cells.where('studyId').equals(studyId).toArray(),
    db.findings.where('studyId').equals(studyId).toArray(),
    getViewPrefs(studyId),
  ]);
  const ordered = orderBrands(brands, prefs).filter((b) => !prefs.hidden.includes(b.id));
  return { study, framework, brands: ordered, cells, findings: new Map(findings.map((f) => [`${f.brandId}/${f.stageId}`, f.text])) };
}

/** The matrix summary CSV of a study (a row per brand; per stage count, average score, finding). */
export async function exportMatrixSummary(db: JourneyLensDB, studyId: string, locale: Locale, totalLabel: string) {
  const p = await studyParts(db, studyId);
  const csv = matrixSummaryCsv(buildMatrix(p.brands, p.framework.stages, p.cells), p.findings, locale, totalLabel);
  return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName(p.study.name, new Date(), 'csv', 'matrix') };
}

/** The Markdown report of a study, streaming clips to keep the three strongest quotes per cell. */
export async function exportMarkdownReport(db: JourneyLensDB, studyId: string, locale: Locale, labels: ReportLabels, walkLabels?: WalksReportLabels) {
  const p = await studyParts(db, studyId);
  const best = strongestQuotes(3);
  for await (const batch of clipBatches(db, studyId)) batch.forEach((c) => best.add(c));
  const text = markdownReport({
    studyName: p.study.name,
    framework: p.framework,
    brands: p.brands,
    cells: p.cells,
    findings: p.findings,
    quotes: best.result(),
    locale,
    labels,
    date: new Date(),
  });
  let walks = '';
  if (walkLabels) {
    // Walk-throughs of the same task, brand by brand (the section is left out when there are none).
    const w = await studyWalks(db, studyId);
    const names = new Map(w.brands.map((b) => [b.id, b.name]));
    walks = walksMarkdown(w.walks, (id) => w.steps.get(id) ?? [], (id) => names.get(id) ?? '', walkLabels);
  }
  return { text: walks ? `${text.trimEnd()}\n\n${walks}` : text, fileName: exportFileName(p.study.name, new Date(), 'md', 'report') };
}
