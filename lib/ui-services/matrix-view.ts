import type { JourneyLensDB } from '../db/database';
import { getActiveStudyId, getViewedStudyId } from '../db/meta-repo';
import { frameworkOf, shownStudy } from '../db/active-study';
import { orderBrands, type ViewPrefs } from '../preferences/view-arrangement';
import { viewPrefsOf, type AllViewPrefs } from '../preferences/view-prefs';
import { buildMatrix, type Matrix } from '../matrix/build-matrix';
import type { CellAggregate } from '../matrix/cell-aggregate';
import { computeCoverage, rubricKeyString, type Coverage, type RubricRecord } from '../matrix/coverage';
import type { Brand, Framework, Study } from '../model';

export interface MatrixView {
  /** The study shown: the active one, or a sample study opened for viewing. */
  study: Study;
  /** The study new clips go to, when it is not the one shown. */
  clipTarget?: Study;
  studies: Study[];
  framework: Framework;
  /** Every brand of the study, in the researcher's order (hidden ones included). */
  brands: Brand[];
  /** The brands shown in the matrix. */
  visibleBrands: Brand[];
  prefs: ViewPrefs;
  cells: CellAggregate[];
  matrix: Matrix;
  /** One-line findings by `brandId/stageId`. */
  findings: Map<string, string>;
  /** Ticked checklist item keys by `brandId/stageId` (cells never ticked are absent). */
  ticks: Map<string, string[]>;
  /** Checklist coverage of every visible brand × stage, by `brandId/stageId`. */
  coverage: Map<string, Coverage>;
}

export const findingKey = (brandId: string, stageId: string) => `${brandId}/${stageId}`;

/**
 * Everything the side panel shows, read for a live query: the active study,
 * its framework, brands, cell aggregates, findings and rubric ticks, arranged
 * by the view preferences (`viewPrefs`, from extension storage). Reads no clips.
 */
export async function loadMatrixView(db: JourneyLensDB, viewPrefs: AllViewPrefs): Promise<MatrixView | undefined> {
  const data = await loadMatrixData(db);
  return data && arrangeMatrixView(data, viewPrefsOf(viewPrefs, data.study.id));
}

/** What the database holds for the matrix (a live query's part); `arrangeMatrixView` applies the preferences. */
export interface MatrixData {
  study: Study;
  clipTarget?: Study;
  studies: Study[];
  framework: Framework;
  brands: Brand[];
  cells: CellAggregate[];
  findings: MatrixView['findings'];
  ticks: MatrixView['ticks'];
  rubric: RubricRecord[];
}

export function loadMatrixData(db: JourneyLensDB): Promise<MatrixData | undefined> {
  // One read-only transaction for every read: far cheaper than one per table.
  return db.transaction('r', [db.meta, db.studies, db.frameworks, db.brands, db.cells, db.findings, db.rubric], () => readData(db));
}

/** The matrix as the researcher arranged it (brand order, hidden brands), computed without a read. */
export function arrangeMatrixView(data: MatrixData, prefs: ViewPrefs): MatrixView {
  const { rubric, ...rest } = data;
  const ordered = orderBrands(data.brands, prefs);
  const visibleBrands = ordered.filter((b) => !prefs.hidden.includes(b.id));
  return {
    ...rest,
    brands: ordered,
    visibleBrands,
    prefs,
    matrix: buildMatrix(visibleBrands, data.framework.stages, data.cells),
    coverage: computeCoverage(
      visibleBrands.map((b) => b.id),
      data.framework.stages,
      rubric,
    ),
  };
}

async function readData(db: JourneyLensDB): Promise<MatrixData | undefined> {
  const activeId = await getActiveStudyId(db);
  const viewedId = await getViewedStudyId(db);
  const studies = (await db.studies.toArray()).filter((s) => !s.archived);
  studies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const study = shownStudy(studies, activeId, viewedId);
  if (!study) return undefined;
  const active = studies.find((s) => s.id === activeId && !s.sample);
  const [framework, brands, cells, findings, rubric] = await Promise.all([
    frameworkOf(db, study),
    db.brands.where('studyId').equals(study.id).toArray(),
    db.cells.where('studyId').equals(study.id).toArray(),
    db.findings.where('studyId').equals(study.id).toArray(),
    db.rubric.where('studyId').equals(study.id).toArray(),
  ]);
  return {
    study,
    ...(active && active.id !== study.id ? { clipTarget: active } : {}),
    studies,
    framework,
    brands,
    cells,
    findings: new Map(findings.map((f) => [findingKey(f.brandId, f.stageId), f.text])),
    ticks: new Map(rubric.map((r) => [rubricKeyString(r.brandId, r.stageId), r.items])),
    rubric,
  };
}
