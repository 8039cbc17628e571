// The per-study model: every saved clip teaches it; it follows a study's
// conventions, works for custom frameworks, travels in the backup and can be forgotten.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { createBackup } from '../../../lib/backup/create-backup';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { forgetStudyStageModel, learnStageOfClip, restoreStudyStageModel, studyStageModel } from '../../../lib/db/stage-models-repo';
import { CUSTOM_FRAMEWORK, createStudy, deleteStudy, undoDeleteStudy } from '../../../lib/db/study-admin';
import type { JourneyLensDB } from '../../../lib/db/database';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import type { FormContext } from '../../../lib/messaging/protocol';
import { suggestStage } from '../../../lib/stage-model/suggest';
import { freshDb } from '../db/helpers';
import { shippedBundle } from './shipped';

const ID = 'ext';
const sender = { id: ID, tab: { id: 1 }, frameId: 0 };
function routerFor(db: JourneyLensDB) {
  const handlers = createCaptureHandlers({
    db,
    locale: 'en',
    defaultStudyName: 'Default',
    injectForm: async () => undefined,
    captureTab: async () => {
      throw new Error('no tab');
    },
    stageModel: async () => shippedBundle(),
  }) as Handlers;
  return createRouter(handlers, { extensionId: ID, extensionOrigin: 'chrome-extension://ext', log: () => undefined });
}

const url = 'https://www.reddit.com/r/coffee/comments/abc/';
async function contextFor(db: JourneyLensDB, selection: string): Promise<FormContext> {
  const answer = (await routerFor(db)({ type: 'form/context', url, meta: { title: 'r/coffee' }, selection }, sender)) as { ok: true; context: FormContext };
  expect(answer.ok).toBe(true);
  return answer.context;
}
async function saveClip(db: JourneyLensDB, id: string, quote: string, stageId: string) {
  const answer = await routerFor(db)(
    { type: 'clip/save', draft: { id, stageId, brandName: 'Brewly', kind: 'selection', url, title: 'r/coffee', sourceType: 'social', quote, capturedAt: '2026-12-01T10:00:00.000Z' } },
    sender,
  );
  expect(answer).toMatchObject({ ok: true });
}

describe('per-study stage learning', () => {
  it('a corrected clip makes the next similar passage suggest the corrected stage, in that study only', async () => {
    const { db, study } = await freshDb();
    const first = 'Brewly grinder: the burr chamber clogs every morning and the descaling light will not switch off.';
    const next = 'Brewly grinder again: the burr chamber clogs each morning and that descaling light stays on.';
    const before = await contextFor(db, first);
    const wrong = before.suggestion!.choices[0]!.stageId === 'tmot' ? 'zmot' : 'tmot';
    // The researcher files it under a stage the model did not rank first (their study's convention).
    await saveClip(db, 'c-1', first, wrong);
    const learned = await studyStageModel(db, study.id);
    expect(learned?.clips).toBe(1);
    const after = await contextFor(db, next);
    expect(after.suggestion?.choices[0]?.stageId).toBe(wrong);
    expect(after.suggestion?.confident).toBe(true);
    expect(after.suggestion?.choices[0]?.reason.study).toBe(true);

    // Another study is not affected.
    const other = await createStudy(db, { name: 'Other', frameworkId: 'moments-of-truth' });
    expect(await studyStageModel(db, other.id)).toBeUndefined();
  });

  it('a custom framework (four merged, renamed stages) gets suggestions once clips have taught it', async () => {
    const { db } = await freshDb();
    const study = await createStudy(db, { name: 'Four', frameworkId: CUSTOM_FRAMEWORK, customStages: ['Discover', 'Choose', 'Receive', 'Share'] });
    const fw = await db.frameworks.get(study.frameworkId);
    const stageIds = fw!.stages.map((s) => s.id);
    const bundle = shippedBundle();
    const input = (text: string) => ({ text, url: 'https://www.trustpilot.com/review/acme.example', sourceType: 'review_platform' as const });
    expect(suggestStage({ bundle, frameworkId: fw!.id, stageIds, input: input('x') }).choices).toEqual([]);
    const taught: [string, string][] = [
      ['Sponsored · meet the new Acme kettle, launching Friday.', stageIds[0]!],
      ['Which kettle is better, Acme or Globex? Looking at reviews before I buy.', stageIds[0]!],
      ['Price £49, in stock, 1.7 l, three colours. Add to basket.', stageIds[1]!],
      ['The parcel arrived two days late and the courier left it in the rain.', stageIds[2]!],
      ['Support replaced the faulty lid after I sent a photo.', stageIds[2]!],
      ['I told all my friends — five stars, would buy again!', stageIds[3]!],
    ];
    let model = await studyStageModel(db, study.id);
    for (let round = 0; round < 2; round++)
      for (const [text, stageId] of taught) model = await learnStageOfClip(db, bundle, { studyId: study.id, frameworkId: fw!.id, stageIds, stageId, input: input(text) }, '2026-12-01T00:00:00.000Z');
    expect(model?.clips).toBe(12);
    const s = suggestStage({ bundle, study: model, frameworkId: fw!.id, stageIds, input: input('My courier parcel came a week late.') });
    expect(s.choices[0]?.stageId).toBe(stageIds[2]);
  });

  it('is in the backup (old backups without it still restore), is forgotten per study with Undo, and leaves with its study', async () => {
    const { db, study } = await freshDb();
    await saveClip(db, 'c-1', 'The parcel arrived a week late.', 'smot');
    const model = await studyStageModel(db, study.id);
    expect(model).toBeDefined();
    const doc = await createBackup(db);
    expect(doc.stageModels).toEqual([model]);

    const { db: other } = await freshDb();
    const parsed = parseBackup(JSON.stringify(doc));
    if (!parsed.ok) throw new Error('backup did not parse');
    await applyRestore(other, parsed.doc, 'replace');
    expect(await studyStageModel(other, study.id)).toEqual(model);

    const { stageModels: _m, ...old } = doc;
    const parsedOld = parseBackup(JSON.stringify(old));
    expect(parsedOld.ok).toBe(true);
    if (parsedOld.ok) await applyRestore(other, parsedOld.doc, 'merge');
    expect(await studyStageModel(other, study.id)).toEqual(model);

    const removed = await forgetStudyStageModel(db, study.id);
    expect(await studyStageModel(db, study.id)).toBeUndefined();
    await restoreStudyStageModel(db, removed!);
    expect(await studyStageModel(db, study.id)).toEqual(model);

    const deleted = await deleteStudy(db, study.id);
    expect(await db.stageModels.count()).toBe(0);
    await undoDeleteStudy(db, deleted);
    expect(await studyStageModel(db, study.id)).toEqual(model);
  });
});
