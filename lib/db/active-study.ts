import Dexie from 'dexie';
import type { Framework, Study } from '../model';
import type { JourneyLensDB } from './database';
import { META_KEYS, setMeta } from './meta-repo';

/**
 * The active study and its framework, read without the built-in frameworks'
 * text or any schema code (the side panel's first paint stays small). The
 * built-ins are stored by `ensureDefaults` at install and start; they are
 * loaded here only if the store does not have them yet.
 *
 * Two pointers: the *active* study is where new clips go (never a sample
 * study); the *viewed* study, when set, is what the side panel shows instead
 * (a sample study opened for viewing).
 */

/** Makes a study the one new clips go to (and the one the panel shows). A sample study is only viewed. */
export async function setActiveStudy(db: JourneyLensDB, studyId: string): Promise<void> {
  await db.transaction('rw', db.studies, db.meta, async () => {
    const study = await db.studies.get(studyId);
    if (study?.sample) {
      await setMeta(db, META_KEYS.viewedStudyId, studyId);
      return;
    }
    await setMeta(db, META_KEYS.activeStudyId, studyId);
    await db.meta.delete(META_KEYS.viewedStudyId);
  });
}

/**
 * The study the side panel shows, among the open `studies`: the viewed one
 * while it is there, else the active one, else the first.
 */
export function shownStudy<S extends { id: string }>(studies: readonly S[], activeId?: string, viewedId?: string): S | undefined {
  return studies.find((s) => s.id === viewedId) ?? studies.find((s) => s.id === activeId) ?? studies[0];
}

export async function frameworkOf(db: JourneyLensDB, study: Pick<Study, 'frameworkId'>): Promise<Framework> {
  const stored = await db.frameworks.get(study.frameworkId);
  if (stored) return stored;
  // Dexie.waitFor keeps a surrounding transaction alive across the module load.
  const { BUILTIN_FRAMEWORKS } = await Dexie.waitFor(import('../model/frameworks'));
  return BUILTIN_FRAMEWORKS.find((f) => f.id === study.frameworkId) ?? BUILTIN_FRAMEWORKS[0]!;
}
