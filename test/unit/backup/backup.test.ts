import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBackup } from '../../../lib/backup/create-backup';
import { canonical, mergeBackups } from '../../../lib/backup/merge-backups';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore, previewRestore } from '../../../lib/backup/restore-backup';
import { deleteClips, saveDraft, updateClip } from '../../../lib/db/clips-repo';
import type { JourneyLensDB } from '../../../lib/db/database';
import { draft, freshDb } from '../db/helpers';

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@cmd', '\t=x', '＝１', '<script>alert(1)</script>', '"quoted", comma', 'line\r\nbreak', '\u202Eevil', 'zero\u200Bwidth', '发货很慢，物流差', '"; DROP TABLE clips; --'),
);

async function seed(db: JourneyLensDB, studyId: string, quotes: string[], notes: string[]) {
  const brands = ['Acme', 'Globex', '京东'];
  const stages = ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'];
  for (let i = 0; i < quotes.length; i++) {
    await saveDraft(db, draft({
      studyId, brandName: brands[i % 3]!, stageId: stages[i % 6]!, quote: quotes[i]!.trim() || 'x', note: notes[i % notes.length] ?? '',
      tags: [quotes[i]!.slice(0, 10).trim() || 't'], score: (i % 5) + 1, sentiment: i % 2 ? 'negative' : 'positive',
      capturedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
      // Every other clip carries the review it came from (v6); the others are like clips from older backups.
      ...(i % 2
        ? { item: { kind: 'review' as const, author: notes[i % notes.length]!.slice(0, 200), publishedAt: '2026-10-02', rating: 2.5, permalink: 'https://r.test/1', product: quotes[i]!.slice(0, 300), price: 19.99, currency: 'EUR', seller: '' } }
        : {}),
    }));
  }
}

async function snapshot(db: JourneyLensDB) {
  const doc = await createBackup(db);
  const cells = (await db.cells.toArray()).sort((a, b) => canonical(a).localeCompare(canonical(b)));
  return canonical({ ...doc, exportedAt: '' }) + canonical(cells);
}

describe('backup → restore', () => {
  it('restores exactly on another database (same ids, same cells), for hostile strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 12 }), fc.array(hostile, { minLength: 1, maxLength: 3 }), async (quotes, notes) => {
        const { db, study } = await freshDb();
        await seed(db, study.id, quotes, notes);
        const text = JSON.stringify(await createBackup(db));
        const parsed = parseBackup(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const { db: other } = await freshDb();
        await applyRestore(other, parsed.doc, 'replace');
        expect(await snapshot(other)).toBe(await snapshot(db));
        const restored = await other.clips.toArray();
        expect(restored.filter((c) => c.item).length).toBe(Math.floor(quotes.length / 2));
        db.close();
        other.close();
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('mergeBackups', () => {
  it('is commutative and idempotent, and deletions travel as tombstones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.nat(5), async (qa, qb, del) => {
        // Two researchers start from the same study file.
        const { db: a, study } = await freshDb();
        const base = await createBackup(a);
        const { db: b } = await freshDb();
        await applyRestore(b, base, 'replace');
        await seed(a, study.id, qa, ['a']);
        await seed(b, study.id, qb, ['b']);
        const aClips = await a.clips.toArray();
        const victim = aClips[del % aClips.length]!;
        // B gets A's work, then A deletes one clip and edits another.
        await applyRestore(b, await createBackup(a), 'merge');
        await deleteClips(a, [victim.id]);
        const A = await createBackup(a);
        const B = await createBackup(b);
        const AB = mergeBackups(A, B);
        const BA = mergeBackups(B, A);
        const strip = (d: typeof AB) => canonical({ ...d, exportedAt: '' });
        expect(strip(AB)).toBe(strip(BA));
        expect(strip(mergeBackups(A, A))).toBe(strip(A));
        expect(strip(mergeBackups(AB, B))).toBe(strip(AB));
        expect(AB.clips.some((c) => c.id === victim.id)).toBe(false);
        expect(AB.clips.length).toBe(qa.length + qb.length - 1);
        a.close();
        b.close();
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it('keeps the newer edit of the same clip', async () => {
    const { db, study } = await freshDb();
    const { clip } = await saveDraft(db, draft({ studyId: study.id }));
    const before = await createBackup(db);
    await new Promise((r) => setTimeout(r, 5));
    await updateClip(db, clip.id, { note: 'edited later' });
    const after = await createBackup(db);
    expect(mergeBackups(before, after).clips[0]!.note).toBe('edited later');
    expect(mergeBackups(after, before).clips[0]!.note).toBe('edited later');
  });
});

async function tablesHash(db: JourneyLensDB): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(table.name, canonical(await table.toArray()));
  return parts.join('\n');
}

describe('bad backup files', () => {
  it('rejects 100+ malformed or hostile files with a clear message and leaves the database unchanged', async () => {
    const { db, study } = await freshDb();
    await seed(db, study.id, ['one', 'two', 'three'], ['n']);
    const good = await createBackup(db);
    const goodText = JSON.stringify(good);
    const before = await tablesHash(db);
    const bad: string[] = [
      '', ' ', 'null', '[]', '{}', 'not json', '{"format":"journey-lens-backup"}', goodText.slice(0, goodText.length / 2),
      JSON.stringify({ ...good, version: 99 }), JSON.stringify({ ...good, version: 0 }), JSON.stringify({ ...good, version: '1' }),
      JSON.stringify({ ...good, format: 'other' }), JSON.stringify({ ...good, clips: 'x' }),
      JSON.stringify({ ...good, clips: [...good.clips, good.clips[0]] }),
      JSON.stringify({ ...good, clips: good.clips.map((c) => ({ ...c, score: 9 })) }),
      JSON.stringify({ ...good, clips: good.clips.map((c) => ({ ...c, url: 'javascript:alert(1)' })) }),
      JSON.stringify({ ...good, clips: good.clips.map((c) => ({ ...c, brandId: 'nope' })) }),
      JSON.stringify({ ...good, brands: [] }),
      JSON.stringify({ ...good, studies: good.studies.map((s) => ({ ...s, frameworkId: 'nope' })) }),
      JSON.stringify({ ...good, screenshots: [{ id: 'x', clipId: good.clips[0]!.id, mime: 'text/html', data: '<b>', width: 1, height: 1, createdAt: good.exportedAt }] }),
    ];
    const fields = ['id', 'studyId', 'brandId', 'stageId', 'kind', 'url', 'quote', 'capturedAt', 'updatedAt', 'sourceType', 'tags', 'sentiment'];
    const values: unknown[] = [null, 42, '', 'x'.repeat(300), ['a'], { a: 1 }, true, -1, '<img src=x onerror=alert(1)>', '2026-13-45'];
    for (const f of fields) for (const v of values.slice(0, 8)) bad.push(JSON.stringify({ ...good, clips: [{ ...good.clips[0], [f]: v }, ...good.clips.slice(1)] }));
    bad.push(JSON.stringify({ ...good, clips: [{ ...good.clips[0], quote: 'x'.repeat(300_000) }] }));
    bad.push('{"format":"journey-lens-backup","version":1,' + ' '.repeat(1000) + '"studies":[');
    expect(bad.length).toBeGreaterThanOrEqual(100);
    let rejected = 0;
    for (const text of bad) {
      const result = parseBackup(text);
      if (result.ok) {
        // Some mutations are still valid data (e.g. a tag list of ['a']); those must restore cleanly, not be dropped silently.
        continue;
      }
      rejected++;
      expect(result.message.length).toBeGreaterThan(10);
    }
    expect(rejected).toBeGreaterThanOrEqual(90);
    expect(await tablesHash(db)).toBe(before);
  });

  it('says a backup from a newer version needs an update', () => {
    const r = parseBackup(JSON.stringify({ format: 'journey-lens-backup', version: 7 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('newer-version');
      expect(r.message).toMatch(/newer Journey Lens/);
    }
  });

  it('rejects a 50 MB file of garbage clearly', () => {
    const r = parseBackup('{"format":"journey-lens-backup","version":1,"clips":[' + '"x",'.repeat(12_500_000) + '"x"]}');
    expect(r.ok).toBe(false);
  });

  it('previews additions and conflicts without writing', async () => {
    const { db, study } = await freshDb();
    await seed(db, study.id, ['a', 'b'], ['n']);
    const doc = await createBackup(db);
    const { db: other } = await freshDb();
    const before = await tablesHash(other);
    const p = await previewRestore(other, doc);
    expect(p.added).toBeGreaterThan(0);
    expect(await tablesHash(other)).toBe(before);
  });
});
