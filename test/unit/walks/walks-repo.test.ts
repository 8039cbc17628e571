import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { findOrCreateBrand } from '../../../lib/db/brands-repo';
import { createBackup } from '../../../lib/backup/create-backup';
import { mergeBackups } from '../../../lib/backup/merge-backups';
import { BackupSchema } from '../../../lib/backup/backup-schema';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { exportWalksCsv } from '../../../lib/export/export-walks';
import { WALKS_CSV_HEADER } from '../../../lib/export/walks-csv';
import { deleteStudy, undoDeleteStudy } from '../../../lib/db/study-admin';
import * as repo from '../../../lib/walks/walks-repo';
import { summarizeWalk } from '../../../lib/walks/walk-summary';
import { freshDb } from '../db/helpers';

async function setup() {
  const { db, study } = await freshDb();
  const { brand } = await db.transaction('rw', db.brands, () => findOrCreateBrand(db, study.id, 'Acme'));
  const walk = await repo.startWalk(db, { studyId: study.id, brandId: brand.id, stageId: 'amot', task: 'Buy size 42 as a guest', tabId: 7 }, '2026-12-01T10:00:00.000Z');
  return { db, study, brand, walk };
}

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, s)).toISOString();

describe('walks repository', () => {
  it('records steps in order, once per id; a reload of the same page is not a step', async () => {
    const { db, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/p/boot', title: 'Boot', at: at(0) });
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/p/boot', title: 'Boot — Acme', at: at(1) });
    const click = { id: 'step-1', action: 'click' as const, url: 'https://acme.test/p/boot', targetText: 'Add to cart', at: at(5) };
    expect(await repo.addStep(db, walk.id, click)).toBeTruthy();
    expect(await repo.addStep(db, walk.id, click)).toBeUndefined();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/cart', title: 'Cart', at: at(8) });
    const steps = await repo.stepsOfWalk(db, walk.id);
    expect(steps.map((s) => [s.action, s.title || s.targetText])).toEqual([
      ['page', 'Boot — Acme'],
      ['click', 'Add to cart'],
      ['page', 'Cart'],
    ]);
  });

  it('keeps order when two steps arrive in the same millisecond', async () => {
    const { db, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: 'a', at: at(3) });
    await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: 'b', at: at(3) });
    expect((await repo.stepsOfWalk(db, walk.id)).map((s) => s.targetText)).toEqual(['a', 'b']);
  });

  it('pause stops recording, resume goes on, stop frees the tab; friction and notes go to the latest step', async () => {
    const { db, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/', at: at(0) });
    await repo.controlWalk(db, walk.id, 'pause');
    expect(await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: 'x', at: at(1) })).toBeUndefined();
    await repo.controlWalk(db, walk.id, 'resume');
    await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: 'Checkout', at: at(2) });
    await repo.markLatest(db, walk.id, { friction: true, url: 'https://acme.test/' });
    await repo.markLatest(db, walk.id, { note: 'asked to register twice', url: 'https://acme.test/' });
    const steps = await repo.stepsOfWalk(db, walk.id);
    expect(steps.at(-1)).toMatchObject({ targetText: 'Checkout', friction: true, note: 'asked to register twice' });
    expect((await repo.walkOfTab(db, 7))?.id).toBe(walk.id);
    const stopped = await repo.controlWalk(db, walk.id, 'stop', at(30));
    expect(stopped).toMatchObject({ status: 'stopped', tabId: -1, endedAt: at(30) });
    expect(await repo.walkOfTab(db, 7)).toBeUndefined();
    await expect(repo.markLatest(db, walk.id, { friction: true, url: 'https://acme.test/' })).rejects.toThrow();
    expect(summarizeWalk(stopped, steps)).toMatchObject({ steps: 2, friction: 1, elapsedMs: 30_000 });
  });

  it('starting a second walk on a tab stops the first', async () => {
    const { db, study, brand, walk } = await setup();
    const second = await repo.startWalk(db, { studyId: study.id, brandId: brand.id, stageId: 'fmot', task: 'Find the price', tabId: 7 });
    expect((await db.walks.get(walk.id))?.status).toBe('stopped');
    expect((await repo.walkOfTab(db, 7))?.id).toBe(second.id);
  });

  it('review edits (rename, note, merge, delete) can each be undone exactly', async () => {
    const { db, walk } = await setup();
    for (let i = 0; i < 3; i++) await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: `b${i}`, at: at(i) });
    const original = await repo.stepsOfWalk(db, walk.id);
    const { before } = await repo.updateStep(db, original[0]!.id, { label: 'Open the menu', note: 'hidden' });
    await repo.putSteps(db, [before]);
    const merged = await repo.mergeWithPrevious(db, original[2]!.id);
    expect((await repo.stepsOfWalk(db, walk.id)).map((s) => s.targetText)).toEqual(['b0', 'b1']);
    await repo.putSteps(db, merged);
    const removed = await repo.deleteSteps(db, [original[1]!.id]);
    await repo.putSteps(db, removed);
    expect(await repo.stepsOfWalk(db, walk.id)).toEqual(original);
    const saved = (await repo.deleteWalk(db, walk.id))!;
    expect(await db.walks.count()).toBe(0);
    expect(await db.tombstones.get(walk.id)).toBeTruthy();
    await repo.restoreWalk(db, saved);
    expect(await repo.stepsOfWalk(db, walk.id)).toEqual(original);
    expect(await db.tombstones.get(walk.id)).toBeUndefined();
  });

  it('walks.csv: the header, one row per step, elapsed time, neutralised text, never a typed value', async () => {
    const { db, study, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/', title: '=HYPERLINK("x")', at: at(0) });
    await repo.addStep(db, walk.id, { action: 'type', url: 'https://acme.test/', targetText: 'Email', at: at(4) });
    await repo.addStep(db, walk.id, { action: 'submit', url: 'https://acme.test/', targetText: 'Continue, as guest', at: at(9) });
    await repo.markLatest(db, walk.id, { friction: true, url: 'https://acme.test/' });
    const { blob, fileName } = await exportWalksCsv(db, study.id);
    expect(fileName).toMatch(/-walks-.*\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).toContain('\r\n');
    const rows = Papa.parse<string[]>(text.trimEnd()).data;
    expect(rows[0]).toEqual([...WALKS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[5], r[7], r[10], r[11], r[12]])).toEqual([
      [walk.id, 'Acme', '1', '0', 'page', '', 'false'],
      [walk.id, 'Acme', '2', '4000', 'type', 'Email', 'false'],
      [walk.id, 'Acme', '3', '9000', 'submit', 'Continue, as guest', 'true'],
    ]);
    expect(rows[1]![9]).toBe(`'=HYPERLINK("x")`);
  });

  it('travels in backups: restore gives the same walks and steps; a merge keeps both sides and honours deletions', async () => {
    const { db, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/', at: at(0) });
    await repo.addStep(db, walk.id, { action: 'click', url: 'https://acme.test/', targetText: 'Buy', at: at(1) });
    const backup = BackupSchema.parse(JSON.parse(JSON.stringify(await createBackup(db))));
    expect(backup.walks).toHaveLength(1);
    expect(backup.walkSteps).toHaveLength(2);
    // A walk still recording travels paused, without its tab.
    expect(backup.walks[0]).toMatchObject({ status: 'paused', tabId: -1 });
    const { db: other } = await freshDb();
    await applyRestore(other, backup, 'replace');
    expect(await repo.stepsOfWalk(other, walk.id)).toEqual(await repo.stepsOfWalk(db, walk.id));
    // Deleted here after the backup: merging the older backup does not bring it back.
    await repo.deleteWalk(db, walk.id);
    const merged = mergeBackups(await createBackup(db), backup);
    expect(merged.walks).toHaveLength(0);
    expect(merged.walkSteps).toHaveLength(0);
    // A file without walks (made before walks existed) still parses.
    const { walks: _w, walkSteps: _s, ...old } = JSON.parse(JSON.stringify(backup));
    expect(BackupSchema.parse(old).walks).toEqual([]);
  });

  it('a backup whose step names a walk that is not in the file is refused', async () => {
    const { db, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/', at: at(0) });
    const doc = JSON.parse(JSON.stringify(await createBackup(db)));
    doc.walkSteps[0].walkId = 'nope';
    expect(BackupSchema.safeParse(doc).success).toBe(false);
  });

  it('deleting a study removes its walks; undo brings them back', async () => {
    const { db, study, walk } = await setup();
    await repo.addStep(db, walk.id, { action: 'page', url: 'https://acme.test/', at: at(0) });
    await db.studies.add({ ...study, id: 'other-study', name: 'Other' });
    const deleted = await deleteStudy(db, study.id);
    expect(await db.walks.count()).toBe(0);
    expect(await db.walkSteps.count()).toBe(0);
    await undoDeleteStudy(db, deleted);
    expect(await repo.stepsOfWalk(db, walk.id)).toHaveLength(1);
  });
});
