import { FrameworkSchema, localize, nowIso, type Framework, type Locale, type LocalizedText, type Stage } from '../model';
import type { JourneyLensDB } from './database';
import { frameworkOf } from './studies-repo';
import { AppError } from '../errors/app-error';
import { ofStudy } from './clip-reads';

const STAGE_COLORS = ['#8b5cf6', '#3b82f6', '#10b981', '#f59e0b', '#ef4444', '#ec4899', '#14b8a6', '#6366f1', '#84cc16', '#f97316'];

/** A text the researcher wrote, the same in every language. */
export function sameText(text: string): LocalizedText {
  return { en: text, zh_CN: text, zh_TW: text };
}

/** A stage the researcher named (the same text in every language), coloured by its position. */
export function customStage(id: string, label: string, index: number): Stage {
  const name = label.trim().slice(0, 60);
  return { id, short: sameText(name), name: sameText(name), description: sameText(name), lookFor: [], color: STAGE_COLORS[index % STAGE_COLORS.length]! };
}

/**
 * The study's own copy of its framework, made on the first stage edit, so
 * custom stages never change a built-in framework or another study.
 */
async function ownFramework(db: JourneyLensDB, studyId: string): Promise<Framework> {
  const study = await db.studies.get(studyId);
  if (!study) throw new AppError('study-missing', [], 'study not found');
  const current = await frameworkOf(db, study);
  if (!current.builtin && current.id === `custom-${studyId}`) return current;
  const copy: Framework = { ...structuredClone(current), id: `custom-${studyId}`, builtin: false, updatedAt: nowIso() };
  await db.frameworks.put(copy);
  await db.studies.update(studyId, { frameworkId: copy.id, updatedAt: nowIso() });
  return copy;
}

async function saveStages(db: JourneyLensDB, framework: Framework, stages: Stage[]): Promise<void> {
  await db.frameworks.put(FrameworkSchema.parse({ ...framework, stages, updatedAt: nowIso() }));
}

export async function addStage(db: JourneyLensDB, studyId: string, label: string): Promise<string> {
  const name = label.trim().slice(0, 60);
  if (!name) throw new AppError('stage-name-empty', [], 'a stage needs a name');
  return db.transaction('rw', db.frameworks, db.studies, async () => {
    const fw = await ownFramework(db, studyId);
    let n = fw.stages.length + 1;
    while (fw.stages.some((s) => s.id === `custom-${n}`)) n++;
    const stage = customStage(`custom-${n}`, name, fw.stages.length);
    await saveStages(db, fw, [...fw.stages, stage]);
    return stage.id;
  });
}

export async function renameStage(db: JourneyLensDB, studyId: string, stageId: string, label: string): Promise<void> {
  const name = label.trim().slice(0, 60);
  if (!name) throw new AppError('stage-name-empty', [], 'a stage needs a name');
  await db.transaction('rw', db.frameworks, db.studies, async () => {
    const fw = await ownFramework(db, studyId);
    await saveStages(db, fw, fw.stages.map((s) => (s.id === stageId ? { ...s, short: sameText(name), name: sameText(name) } : s)));
  });
}

export async function moveStage(db: JourneyLensDB, studyId: string, stageId: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.frameworks, db.studies, async () => {
    const fw = await ownFramework(db, studyId);
    const i = fw.stages.findIndex((s) => s.id === stageId);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= fw.stages.length) return;
    const stages = [...fw.stages];
    [stages[i], stages[j]] = [stages[j]!, stages[i]!];
    await saveStages(db, fw, stages);
  });
}

/**
 * Replaces a stage's "what to look for" checklist with `lines` (one item
 * each, as the researcher sees them in `locale`). A line that reads as an
 * existing item keeps that item — its other languages and its English text,
 * which the rubric's ticks are keyed by — so editing one item leaves the
 * ticks of the others in place.
 */
export async function setStageLookFor(
  db: JourneyLensDB,
  studyId: string,
  stageId: string,
  lines: readonly string[],
  locale: Locale,
): Promise<void> {
  await db.transaction('rw', db.frameworks, db.studies, async () => {
    const fw = await ownFramework(db, studyId);
    const stage = fw.stages.find((s) => s.id === stageId);
    if (!stage) throw new AppError('stage-missing', [], 'stage not found');
    const seen = new Set<string>();
    const items: LocalizedText[] = [];
    for (const raw of lines) {
      const text = raw.trim().slice(0, 300);
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      items.push(stage.lookFor.find((item) => localize(item, locale) === text) ?? sameText(text));
    }
    await saveStages(db, fw, fw.stages.map((s) => (s.id === stageId ? { ...s, lookFor: items.slice(0, 30) } : s)));
  });
}

/** A study's stages as they were before an edit: its framework id and its own framework copy, if it had one. */
export interface StagesSnapshot {
  studyId: string;
  frameworkId: string;
  own?: Framework;
}

export async function snapshotStages(db: JourneyLensDB, studyId: string): Promise<StagesSnapshot> {
  const study = await db.studies.get(studyId);
  if (!study) throw new AppError('study-missing', [], 'study not found');
  const own = await db.frameworks.get(`custom-${studyId}`);
  return { studyId, frameworkId: study.frameworkId, ...(own ? { own: structuredClone(own) } : {}) };
}

/**
 * Undo of a stage edit (rename, move, add, checklist): the study's stages as
 * in `snap`. Refused while clips are filed under a stage the undo would take
 * away (a stage added since): nothing is misfiled.
 */
export async function restoreStages(db: JourneyLensDB, snap: StagesSnapshot): Promise<void> {
  await db.transaction('rw', [db.frameworks, db.studies, db.clips], async () => {
    const ownId = `custom-${snap.studyId}`;
    const stages = snap.own && snap.frameworkId === ownId ? snap.own.stages : (await frameworkOf(db, { frameworkId: snap.frameworkId })).stages;
    const ids = new Set(stages.map((s) => s.id));
    const stranded = await ofStudy(db.clips, snap.studyId).filter((c) => !ids.has(c.stageId)).count();
    if (stranded) throw new StageInUseError(stranded);
    if (snap.own) await db.frameworks.put({ ...snap.own, updatedAt: nowIso() });
    else await db.frameworks.delete(ownId);
    const n = await db.studies.update(snap.studyId, { frameworkId: snap.frameworkId, updatedAt: nowIso() });
    if (!n) throw new AppError('study-missing', [], 'study not found');
  });
}

export class StageInUseError extends AppError {
  constructor(readonly clips: number) {
    super('stage-in-use', [String(clips)], `${clips} clips are filed under a stage this undo would remove; move them first`);
    this.name = 'StageInUseError';
  }
}
