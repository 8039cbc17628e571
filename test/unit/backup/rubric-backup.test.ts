import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../../lib/backup/backup-schema';
import { createBackup } from '../../../lib/backup/create-backup';
import { canonical, mergeBackups } from '../../../lib/backup/merge-backups';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore, previewRestore } from '../../../lib/backup/restore-backup';
import { saveDraft } from '../../../lib/db/clips-repo';
import type { JourneyLensDB } from '../../../lib/db/database';
import { rubricOfCell, setRubricItem } from '../../../lib/db/rubric-repo';
import { checklistKeys } from '../../../lib/matrix/coverage';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from '../db/helpers';

const [k0, k1, k2, k3] = checklistKeys(MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!.lookFor) as [string, string, string, string];
const tick = (db: JourneyLensDB, studyId: string, brandId: string, item: string, on = true, stageId = 'zmot') =>
  setRubricItem(db, { studyId, brandId, stageId }, item, on);
const later = () => new Promise((r) => setTimeout(r, 3));

async function seeded() {
  const { db, study } = await freshDb();
  const acme = (await saveDraft(db, draft({ studyId: study.id, brandName: 'Acme', stageId: 'zmot' }))).clip.brandId;
  const globex = (await saveDraft(db, draft({ studyId: study.id, brandName: 'Globex', stageId: 'fmot' }))).clip.brandId;
  return { db, study, acme, globex };
}

describe('rubric in the backup', () => {
  it('backs up every rubric row and restores it exactly on another database', async () => {
    const { db, study, acme, globex } = await seeded();
    await tick(db, study.id, acme, k0);
    await tick(db, study.id, acme, k2);
    await tick(db, study.id, acme, k2, false);
    await tick(db, study.id, globex, k3);
    const doc = await createBackup(db);
    expect(doc.version).toBe(BACKUP_VERSION);
    expect(doc.rubric).toHaveLength(2);

    const parsed = parseBackup(JSON.stringify(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { db: other } = await freshDb();
    await applyRestore(other, parsed.doc, 'replace');
    const sorted = async (d: JourneyLensDB) => canonical((await d.rubric.toArray()).sort((a, b) => canonical(a).localeCompare(canonical(b))));
    expect(await sorted(other)).toBe(await sorted(db));
    expect((await rubricOfCell(other, { studyId: study.id, brandId: acme, stageId: 'zmot' }))?.items).toEqual([k0]);
    // And the whole file comes back the same.
    expect(canonical({ ...(await createBackup(other)), exportedAt: '' })).toBe(canonical({ ...doc, exportedAt: '' }));
    db.close();
    other.close();
  });

  it('restores an older (version 1) backup without a rubric, with no ticks, and leaves no old ticks behind on replace', async () => {
    const { db, study, acme } = await seeded();
    const { rubric: _r, ...rest } = await createBackup(db);
    const v1 = JSON.stringify({ ...rest, version: 1 });
    const parsed = parseBackup(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.doc.rubric).toEqual([]);
    await tick(db, study.id, acme, k1);
    await applyRestore(db, parsed.doc, 'replace');
    expect(await db.rubric.count()).toBe(0);
    expect(await db.clips.count()).toBe(2);
    db.close();
  });

  it('rejects rubric rows of unknown brands, duplicate rows and hostile item keys, writing nothing', async () => {
    const { db, study, acme } = await seeded();
    await tick(db, study.id, acme, k0);
    const good = await createBackup(db);
    const row = good.rubric[0]!;
    const bad = [
      { ...good, rubric: [{ ...row, brandId: 'nope' }] },
      { ...good, rubric: [row, row] },
      { ...good, rubric: [{ ...row, items: ['<img src=x onerror=alert(1)>'] }] },
      { ...good, rubric: [{ ...row, changed: { [k0]: 'yesterday' } }] },
      { ...good, rubric: [{ ...row, stageId: 'ZMOT!' }] },
      { ...good, rubric: 'x' },
    ];
    for (const doc of bad) {
      const r = parseBackup(JSON.stringify(doc));
      expect(r.ok, JSON.stringify(doc.rubric).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/rubric/);
    }
    db.close();
  });

  it('counts rubric rows in the restore preview', async () => {
    const { db, study, acme } = await seeded();
    const base = await createBackup(db);
    await tick(db, study.id, acme, k0);
    const withTick = await createBackup(db);
    const { db: other } = await freshDb();
    await applyRestore(other, base, 'replace');
    const p = await previewRestore(other, withTick);
    expect(p.added).toBe(1);
    db.close();
    other.close();
  });
});

describe('rubric in a team merge', () => {
  it('unions the ticks two researchers made, lets a later untick win, and restores the merge', async () => {
    const { db: a, study, acme, globex } = await seeded();
    await tick(a, study.id, acme, k0);
    const { db: b } = await freshDb();
    await applyRestore(b, await createBackup(a), 'replace');
    await later();
    // A ticks k1; B ticks k2 and unticks k0 (after A's tick); B alone ticks Globex.
    await tick(a, study.id, acme, k1);
    await tick(b, study.id, acme, k2);
    await tick(b, study.id, acme, k0, false);
    await tick(b, study.id, globex, k3, true, 'fmot');
    const A = await createBackup(a);
    const B = await createBackup(b);
    const AB = mergeBackups(A, B);
    const strip = (d: typeof AB) => canonical({ ...d, exportedAt: '' });
    expect(strip(AB)).toBe(strip(mergeBackups(B, A)));
    expect(strip(mergeBackups(AB, A))).toBe(strip(AB));
    const acmeRow = AB.rubric.find((r) => r.brandId === acme && r.stageId === 'zmot')!;
    expect(acmeRow.items).toEqual([k1, k2].sort());
    expect(AB.rubric.find((r) => r.brandId === globex)?.items).toEqual([k3]);

    // Restoring B's file into A (merge mode) gives A the same ticks.
    await applyRestore(a, B, 'merge');
    expect((await rubricOfCell(a, { studyId: study.id, brandId: acme, stageId: 'zmot' }))?.items).toEqual([k1, k2].sort());
    expect((await rubricOfCell(a, { studyId: study.id, brandId: globex, stageId: 'fmot' }))?.items).toEqual([k3]);
    a.close();
    b.close();
  });

  it('drops the ticks of a brand deleted in the merge', async () => {
    const { db: a, study, acme } = await seeded();
    await tick(a, study.id, acme, k0);
    const A = await createBackup(a);
    const dead = { ...A, brands: A.brands.filter((x) => x.id !== acme), clips: A.clips.filter((c) => c.brandId !== acme), rubric: [],
      tombstones: [{ id: acme, table: 'brands' as const, studyId: study.id, deletedAt: new Date(Date.now() + 1000).toISOString() }] };
    const merged = mergeBackups(A, dead);
    expect(merged.rubric).toEqual([]);
    expect(parseBackup(JSON.stringify(merged)).ok).toBe(true);
    a.close();
  });
});
