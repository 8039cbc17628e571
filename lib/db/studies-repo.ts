import type { Framework, Study } from '../model';
import { BUILTIN_FRAMEWORKS, DEFAULT_FRAMEWORK_ID } from '../model/frameworks';
import { newId, nowIso } from '../model/make-id';
import type { JourneyLensDB } from './database';
import { META_KEYS, getActiveStudyId, setMeta } from './meta-repo';

export { frameworkOf, setActiveStudy } from './active-study';

/**
 * Makes a fresh install usable at once: the built-in frameworks are stored
 * (refreshed on every start so new wording ships with updates) and, when there
 * is no study, a default one on the Moments of Truth framework is created and
 * made active. Atomic, so the service worker and a page racing at first start
 * create one default study, not two.
 */
export async function ensureDefaults(db: JourneyLensDB, defaultStudyName: string): Promise<Study> {
  return db.transaction('rw', db.studies, db.frameworks, db.meta, async () => {
    const stored = await db.frameworks.bulkGet(BUILTIN_FRAMEWORKS.map((f) => f.id));
    const stale = BUILTIN_FRAMEWORKS.filter((f, i) => stored[i]?.updatedAt !== f.updatedAt);
    if (stale.length) await db.frameworks.bulkPut(stale.map((f) => structuredClone(f) as Framework));

    const activeId = await getActiveStudyId(db);
    const active = activeId ? await db.studies.get(activeId) : undefined;
    if (active && !active.archived && !active.sample) return active;

    // A sample study is only ever viewed: new clips go to a study of the researcher's.
    const studies = (await db.studies.toArray()).filter((s) => !s.archived && !s.sample);
    studies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    let study = studies[0];
    if (!study) {
      const now = nowIso();
      study = {
        id: newId(),
        name: defaultStudyName,
        frameworkId: DEFAULT_FRAMEWORK_ID,
        lenses: { sentiment: true, score: true, behavior: true, servqual: true },
        archived: false,
        sample: false,
        autoCreated: true,
        createdAt: now,
        updatedAt: now,
      };
      await db.studies.add(study);
    }
    await setMeta(db, META_KEYS.activeStudyId, study.id);
    return study;
  });
}

export async function getActiveStudy(db: JourneyLensDB, defaultStudyName: string): Promise<Study> {
  const id = await getActiveStudyId(db);
  const study = id ? await db.studies.get(id) : undefined;
  return study && !study.archived && !study.sample ? study : ensureDefaults(db, defaultStudyName);
}
