import type { JourneyLensDB } from '../db/database';
import { META_KEYS, getMeta } from '../db/meta-repo';
import { frameworkOf, shownStudy } from '../db/active-study';
import { getViewPrefs, orderBrands, type ViewPrefs } from '../db/view-prefs';
import { buildMatrix, type Matrix } from '../matrix/build-matrix';
import type { CellAggregate } from '../matrix/cell-aggregate';
import { computeCoverage, rubricKeyString, type Coverage } from '../matrix/coverage';
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
 * its framework, brands, cell aggregates, findings, rubric ticks and view
 * preferences.
 * Reads no clips.
 */
export function loadMatrixView(db: JourneyLensDB): Promise<MatrixView | undefined> {
  // One read-only transaction for every read: far cheaper than one per table.
  return db.transaction('r', [db.meta, db.studies, db.frameworks, db.brands, db.cells, db.findings, db.rubric], () => readView(db));
}

async function readView(db: JourneyLensDB): Promise<MatrixView | undefined> {
  const activeId = await getMeta<string>(db, META_KEYS.activeStudyId);
  const viewedId = await getMeta<string>(db, META_KEYS.viewedStudyId);
  const studies = (await db.studies.toArray()).filter((s) => !s.archived);
  studies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const study = shownStudy(studies, activeId, viewedId);
  if (!study) return undefined;
  const active = studies.find((s) => s.id === activeId && !s.sample);
  const [framework, brands, cells, findings, rubric, prefs] = await Promise.all([
    frameworkOf(db, study),
    db.brands.where('studyId').equals(study.id).toArray(),
    db.cells.where('studyId').equals(study.id).toArray(),
    db.findings.where('studyId').equals(study.id).toArray(),
    db.rubric.where('studyId').equals(study.id).toArray(),
    getViewPrefs(db, study.id),
  ]);
  const ordered = orderBrands(brands, prefs);
  const visibleBrands = ordered.filter((b) => !prefs.hidden.includes(b.id));
  return {
    study,
    ...(active && active.id !== study.id ? { clipTarget: active } : {}),
    studies,
    framework,
    brands: ordered,
    visibleBrands,
    prefs,
    cells,
    matrix: buildMatrix(visibleBrands, framework.stages, cells),
    findings: new Map(findings.map((f) => [findingKey(f.brandId, f.stageId), f.text])),
    ticks: new Map(rubric.map((r) => [rubricKeyString(r.brandId, r.stageId), r.items])),
    coverage: computeCoverage(
      visibleBrands.map((b) => b.id),
      framework.stages,
      rubric,
    ),
  };
}
