import Dexie from 'dexie';
import type { Framework, Study } from '../model';
import type { JourneyLensDB } from './database';
import { META_KEYS, setMeta } from './meta-repo';

/**
 * The active study and its framework, read without the built-in frameworks'
 * text or any schema code (the side panel's first paint stays small). The
 * built-ins are stored by `ensureDefaults` at install and start; they are
 * loaded here only if the store does not have them yet.
 */

export async function setActiveStudy(db: JourneyLensDB, studyId: string): Promise<void> {
  await setMeta(db, META_KEYS.activeStudyId, studyId);
}

export async function frameworkOf(db: JourneyLensDB, study: Pick<Study, 'frameworkId'>): Promise<Framework> {
  const stored = await db.frameworks.get(study.frameworkId);
  if (stored) return stored;
  // Dexie.waitFor keeps a surrounding transaction alive across the module load.
  const { BUILTIN_FRAMEWORKS } = await Dexie.waitFor(import('../model/frameworks'));
  return BUILTIN_FRAMEWORKS.find((f) => f.id === study.frameworkId) ?? BUILTIN_FRAMEWORKS[0]!;
}
