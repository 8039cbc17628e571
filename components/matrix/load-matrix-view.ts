import type { JourneyLensDB } from '@/lib/db/database';
import { META_KEYS, getMeta } from '@/lib/db/meta-repo';
import { frameworkOf } from '@/lib/db/studies-repo';
import { buildMatrix, type Matrix } from '@/lib/matrix/build-matrix';
import type { Framework, Study } from '@/lib/model';

export interface MatrixView {
  study: Study;
  studies: Study[];
  framework: Framework;
  matrix: Matrix;
}

/**
 * Everything the side panel shows, read for a live query: the active study,
 * its framework, brands and cell aggregates. Reads no clips.
 */
export async function loadMatrixView(db: JourneyLensDB): Promise<MatrixView | undefined> {
  const activeId = await getMeta<string>(db, META_KEYS.activeStudyId);
  const studies = (await db.studies.toArray()).filter((s) => !s.archived);
  studies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const study = studies.find((s) => s.id === activeId) ?? studies[0];
  if (!study) return undefined;
  const [framework, brands, cells] = await Promise.all([
    frameworkOf(db, study),
    db.brands.where('studyId').equals(study.id).sortBy('createdAt'),
    db.cells.where('studyId').equals(study.id).toArray(),
  ]);
  return { study, studies, framework, matrix: buildMatrix(brands, framework.stages, cells) };
}
