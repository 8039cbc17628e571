// clipRows (v4): every clip's own CSV columns pre-formatted at write time. The
// export from rows must be byte-identical to the writer over clip objects,
// and the table must stay equal to rows made afresh from `clips` after any
// sequence of writes.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyLensDB } from '../../../lib/db/database';
import { deleteClips, restoreClips, saveDraft, saveDrafts, updateClip } from '../../../lib/db/clips-repo';
import { withClipWrites } from '../../../lib/db/clip-writes';
import { mergeBrands, renameBrand } from '../../../lib/db/brands-repo';
import { clipRowOf, ownCsvColumns, type ClipRow } from '../../../lib/db/clip-rows-repo';
import { addStage, renameStage } from '../../../lib/db/stages-repo';
import { createStudy, deleteStudy, undoDeleteStudy } from '../../../lib/db/study-admin';
import { frameworkOf } from '../../../lib/db/active-study';
import { createBackup } from '../../../lib/backup/create-backup';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { exportStudyCsv } from '../../../lib/export/export-study-csv';
import { clipCsvRow, type ClipsCsvContext } from '../../../lib/export/clips-csv';
import { textCell } from '../../../lib/csv/csv-cell';
import { BEHAVIORS, SENTIMENTS, SERVQUAL_DIMENSIONS, SOURCE_TYPES, findStage, localize, type Clip, type ClipDraft } from '../../../lib/model';
import { draft, freshDb } from './helpers';
import { ofStudy, withKeyPrefix } from '../../../lib/db/clip-reads';
import { rowsOfPage } from '../../../lib/db/row-blocks';

/** Texts that exercise every escaping rule: CJK, emoji, formula triggers (ASCII and full-width), quotes, CR/LF, commas, empty. */
const NASTY = [
  '', ' ', 'plain', '配送很快，服务一般', '物流“慢”', '👍🏽 great 🎉', '𠜎𠜱 astral', '=SUM(A1)', '+1', '-2', '@user', '\tTab', '\rcr',
  '\nlf', '＝１＋１', '＋８６', '－５', '＠品牌', 'say "hi"', '"', '""', 'a,b', 'line1\r\nline2', 'cr\ronly', 'lf\nonly', ',lead',
  "'=quoted", 'trail,', ' =space first', '混合 mixed, "引号"\n换行', 'é\u0301 combining', '\u2028sep',
];
const TAGS = ['price', '配送', '=tag', 'a,b', 'c"d', '＋plus', '🎯'];
const STAGES = ['zmot', 'fmot', 'smot', 'tmot', 'amot'];
const BRANDS = ['Acme', 'Globex', '星巴克', '=Evil, "Inc"', '＠Brand\nTwo'];

/** A deterministic pseudo-random draft #i (seeded), drawing every field from the nasty pools. */
function nastyDraft(studyId: string, i: number, seed = 1): ClipDraft & { studyId: string } {
  let x = (i + 1) * 2654435761 + seed * 97;
  const pick = <T,>(xs: readonly T[]): T => {
    x = (x * 1103515245 + 12345) >>> 0;
    return xs[x % xs.length]!;
  };
  const maybe = <T,>(xs: readonly T[]): T | null => (pick([0, 1, 2]) === 0 ? null : pick(xs));
  const quote = pick(NASTY).trim() || `q${i}`;
  return draft({
    studyId,
    id: `c-${seed}-${String(i).padStart(5, '0')}`,
    brandName: pick(BRANDS),
    stageId: pick(STAGES),
    quote,
    title: pick(NASTY),
    site: pick(NASTY).slice(0, 200),
    note: pick(NASTY),
    url: `https://shop.test/p/${i}?q=${encodeURIComponent(pick(NASTY))}`,
    tags: [...new Set([pick(TAGS), pick(TAGS)].slice(0, pick([0, 1, 2])))],
    sourceType: pick(SOURCE_TYPES),
    sentiment: maybe(SENTIMENTS),
    score: maybe([1, 2, 3, 4, 5]),
    behavior: maybe(BEHAVIORS),
    servqual: maybe(SERVQUAL_DIMENSIONS),
    // Few distinct times: many ties, ordered by id within a time.
    capturedAt: new Date(Date.UTC(2026, 0, 1) + pick([0, 1, 2, 3, 4, 5, 6, 7]) * 60_000).toISOString(),
    // The item a clip came from (v6): nasty text in every text field, some clips without one.
    ...(pick([0, 1]) === 0
      ? {}
      : {
          item: {
            kind: pick(['review', 'post', 'comment', 'listing'] as const),
            author: pick(NASTY).slice(0, 200),
            publishedAt: pick(['', '2026-03-05', '2026-03-05T08:00:00.000Z']),
            rating: maybe([1, 2.5, 4, 5]),
            permalink: pick(['', `https://shop.test/r/${i}#"x,y"`]),
            product: pick(NASTY).slice(0, 300),
            price: maybe([0, 19.99, 1299, 0.5]),
            currency: pick(['', 'EUR', 'CNY', '=1']),
            seller: pick(NASTY).slice(0, 200),
          },
        }),
  });
}

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** The file as the old writer makes it from clip objects: the reference. */
async function legacyCsv(db: JourneyLensDB, studyId: string, locale: 'en' | 'zh_CN' = 'en') {
  const r = await exportStudyCsv(db, studyId, locale, undefined, undefined, 'clips');
  expect(r.via).toBe('clips');
  return { bytes: await bytes(r.blob), rows: r.rows };
}

/** Exports through the rows (forced: throws when rows are missing) and checks it equals the old writer byte for byte. */
async function expectSameCsv(db: JourneyLensDB, studyId: string, locale: 'en' | 'zh_CN' = 'en') {
  const progress: number[] = [];
  const fromRows = await exportStudyCsv(db, studyId, locale, (done) => progress.push(done), undefined, 'rows');
  expect(fromRows.via).toBe('rows');
  const auto = await exportStudyCsv(db, studyId, locale);
  expect(auto.via).toBe('rows');
  const ref = await legacyCsv(db, studyId, locale);
  const got = await bytes(fromRows.blob);
  expect(fromRows.rows).toBe(ref.rows);
  expect(progress.at(-1) ?? 0).toBe(ref.rows);
  if (!Buffer.from(got).equals(Buffer.from(ref.bytes))) {
    // Show the first differing line, not two 1 MB buffers.
    const a = new TextDecoder().decode(got).split('\r\n');
    const b = new TextDecoder().decode(ref.bytes).split('\r\n');
    const k = a.findIndex((line, j) => line !== b[j]);
    expect(a[k], `line ${k}`).toBe(b[k]);
    expect(got.length).toBe(ref.bytes.length);
  }
  expect(Buffer.from(await bytes(auto.blob)).equals(Buffer.from(ref.bytes))).toBe(true);
  return ref;
}

/** Every stored CSV row: the clipRows records and the rows of every row block. */
async function allStoredRows(db: JourneyLensDB): Promise<ClipRow[]> {
  return [...(await db.clipRows.toArray()), ...(await db.blockRows.toArray()).flatMap(rowsOfPage)];
}

/** The ids of a study's stored rows: through the clipRows index and the study's row blocks. */
async function studyRowIds(db: JourneyLensDB, studyId: string): Promise<string[]> {
  const single = await db.clipRows.where('[studyId+capturedAt+id]').between([studyId, '', ''], [studyId, '\uffff', '\uffff']).primaryKeys();
  const blocks = await withKeyPrefix(db.blockRows, '[studyId+block+page]', [studyId]).toArray();
  return [...single, ...blocks.flatMap((b) => b.ids)];
}

/** The stored rows (clipRows and row blocks), and as freshly made from the clips: must be equal. */
async function rowsVsClips(db: JourneyLensDB): Promise<{ stored: ClipRow[]; fresh: ClipRow[] }> {
  const stored = (await allStoredRows(db)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fresh = (await db.clips.orderBy('id').toArray()).map(clipRowOf);
  return { stored, fresh };
}

async function expectRowsInStep(db: JourneyLensDB) {
  const { stored, fresh } = await rowsVsClips(db);
  expect(stored.length).toBe(fresh.length);
  for (let i = 0; i < fresh.length; i++) {
    const s = stored[i]!;
    const f = fresh[i]!;
    expect({ ...s, own: new TextDecoder().decode(s.own) }).toEqual({ ...f, own: new TextDecoder().decode(f.own) });
    expect(s.own).toBeInstanceOf(Uint8Array);
  }
  // The indexes agree with the values: no entry left behind by a clip that moved.
  for (const s of await db.studies.toArray()) {
    const viaIndex = await studyRowIds(db, s.id);
    const clipsOf = await ofStudy(db.clips, s.id).primaryKeys();
    expect([...viaIndex].sort()).toEqual([...clipsOf].sort());
  }
}

describe('clip rows: own columns', () => {
  it('are exactly the last 12 cells of the writer\'s line', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, Array.from({ length: 400 }, (_, i) => nastyDraft(study.id, i)));
    const ctx: ClipsCsvContext = { studyName: 'S,"1"', frameworkName: '=F', stageLabel: (s) => `＋${s}`, brandName: (b) => `b\n${b}` };
    const stored = new Map((await allStoredRows(db)).map((r) => [r.id, r]));
    for (const clip of await db.clips.toArray()) {
      const line = clipCsvRow(clip, ctx);
      const head = [clip.id, ctx.studyName, ctx.frameworkName, clip.stageId, ctx.stageLabel(clip.stageId), ctx.brandName(clip.brandId)].map(textCell).join(',') + ',';
      expect(line.startsWith(head)).toBe(true);
      expect(ownCsvColumns(clip)).toBe(line.slice(head.length, -2));
      expect(new TextDecoder().decode(stored.get(clip.id)!.own)).toBe(line.slice(head.length, -2));
    }
  });

  it('re-format a non-canonical capture time as the writer does', () => {
    const clip = { ...nastyDraftClip(), capturedAt: '2026-03-01T23:59:59Z' };
    expect(ownCsvColumns(clip).endsWith(',2026-03-01T23:59:59.000Z,"","",,"",,""')).toBe(true);
  });
});

function nastyDraftClip(): Clip {
  const d = nastyDraft('s', 3);
  return { ...d, brandId: 'b', studyId: 's', urlKey: d.url, screenshotId: null, updatedAt: d.capturedAt } as unknown as Clip;
}

describe('CSV export from clip rows', () => {
  it('is byte-identical to the writer over clips on thousands of nasty clips, through edits, moves, deletes, undo, merges and renames', async () => {
    const { db, study } = await freshDb();
    const other = await createStudy(db, { name: '=Other, "study"\n二', frameworkId: 'moments-of-truth' });
    const n = 6000;
    for (let i = 0; i < n; i += 2000) {
      await saveDrafts(db, study.id, Array.from({ length: Math.min(2000, n - i) }, (_, k) => nastyDraft(study.id, i + k)));
    }
    await saveDrafts(db, other.id, Array.from({ length: 300 }, (_, k) => nastyDraft(other.id, k, 2)));
    expect((await allStoredRows(db)).length).toBe(n + 300);
    const first = await expectSameCsv(db, study.id);
    expect(first.rows).toBe(n);
    await expectSameCsv(db, study.id, 'zh_CN');
    await expectSameCsv(db, other.id);

    const ids = (await ofStudy(db.clips, study.id).primaryKeys()).sort();
    const brands = await db.brands.where('studyId').equals(study.id).toArray();
    // Edits of every own column that can change, and moves to another brand and stage.
    for (let k = 0; k < 300; k++) {
      const id = ids[(k * 37) % ids.length]!;
      await updateClip(db, id, {
        note: NASTY[k % NASTY.length]!,
        tags: k % 3 ? [TAGS[k % TAGS.length]!] : [],
        sentiment: k % 4 ? SENTIMENTS[k % SENTIMENTS.length]! : null,
        score: k % 5 ? (k % 5) : null,
        behavior: k % 2 ? BEHAVIORS[k % BEHAVIORS.length]! : null,
        servqual: k % 6 ? SERVQUAL_DIMENSIONS[k % SERVQUAL_DIMENSIONS.length]! : null,
        ...(k % 7 === 0 ? { brandId: brands[k % brands.length]!.id, stageId: STAGES[k % STAGES.length]! } : {}),
      });
    }
    await expectSameCsv(db, study.id);
    await expectRowsInStep(db);

    // Deletes, then undo of half of them.
    const removed = await deleteClips(db, ids.slice(100, 400));
    expect(removed).toHaveLength(300);
    expect(await studyRowIds(db, study.id)).toHaveLength(n - 300);
    await expectSameCsv(db, study.id);
    await restoreClips(db, removed.slice(0, 150));
    await expectSameCsv(db, study.id);

    // Brand merge and rename (names are joined at export: rows need no rewrite for a rename).
    const [a, b, c] = brands;
    await mergeBrands(db, a!.id, b!.id);
    await renameBrand(db, c!.id, '"Renamed", =brand\n新');
    await expectSameCsv(db, study.id);

    // Stage rename (the study gets its own framework copy) and a new stage with clips moved into it.
    await renameStage(db, study.id, 'zmot', '＝Research, "早"');
    const stageId = await addStage(db, study.id, '@Renewal\r\n续');
    for (const id of ids.slice(1000, 1050)) await updateClip(db, id, { stageId });
    const fw = await frameworkOf(db, (await db.studies.get(study.id))!);
    expect(localize(findStage(fw, 'zmot')!.short, 'en')).toBe('＝Research, "早"');
    await expectSameCsv(db, study.id);
    await expectSameCsv(db, study.id, 'zh_CN');

    // Delete the study and undo it: rows go and come back with it.
    const gone = await deleteStudy(db, study.id);
    expect(await studyRowIds(db, study.id)).toHaveLength(0);
    await undoDeleteStudy(db, gone);
    await expectSameCsv(db, study.id);
    await expectSameCsv(db, other.id);
    await expectRowsInStep(db);
  }, 120_000);

  it('a clip that moves study or capture time leaves no row behind in the old index position', async () => {
    const { db, study } = await freshDb();
    const other = await createStudy(db, { name: 'Other', frameworkId: 'moments-of-truth' });
    const { clip } = await saveDraft(db, draft({ studyId: study.id, capturedAt: '2026-01-01T00:00:00.000Z' }));
    const { brandId } = (await saveDraft(db, draft({ studyId: other.id }))).clip;
    await withClipWrites(db, (w) => w.replace(clip, { ...clip, studyId: other.id, brandId, capturedAt: '2027-05-05T00:00:00.000Z' }));
    expect(await ofStudy(db.clipRows, study.id).count()).toBe(0);
    expect(await db.clipRows.where('[studyId+capturedAt+id]').equals([other.id, '2027-05-05T00:00:00.000Z', clip.id]).count()).toBe(1);
    await expectRowsInStep(db);
    await expectSameCsv(db, other.id);
  });

  it('falls back to the clips, and says so, when rows are missing; the file is still complete', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, Array.from({ length: 50 }, (_, i) => nastyDraft(study.id, i)));
    const ref = await legacyCsv(db, study.id);
    await db.clipRows.delete((await db.clipRows.toCollection().first())!.id);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const r = await exportStudyCsv(db, study.id, 'en');
      expect(r.via).toBe('clips');
      expect(r.rows).toBe(50);
      expect(Buffer.from(await bytes(r.blob)).equals(Buffer.from(ref.bytes))).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('50 clips but 49 CSV rows'));
      await expect(exportStudyCsv(db, study.id, 'en', undefined, undefined, 'rows')).rejects.toThrow(/out of step/);
    } finally {
      warn.mockRestore();
    }
  });

  it('rows complete but cell aggregates drifted: checks the exact clip count and keeps the rows', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, Array.from({ length: 40 }, (_, i) => nastyDraft(study.id, i)));
    await db.cells.where('studyId').equals(study.id).delete();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const r = await exportStudyCsv(db, study.id, 'en');
      expect(r.via).toBe('rows');
      expect(r.rows).toBe(40);
      expect(warn).not.toHaveBeenCalled();
      expect(Buffer.from(await bytes(r.blob)).equals(Buffer.from((await legacyCsv(db, study.id)).bytes))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it('exports an empty study as the BOM and header only, through the rows', async () => {
    const { db, study } = await freshDb();
    const r = await exportStudyCsv(db, study.id, 'en');
    expect(r.via).toBe('rows');
    expect(Buffer.from(await bytes(r.blob)).equals(Buffer.from((await legacyCsv(db, study.id)).bytes))).toBe(true);
  });

  it('a backup restored (replace and merge) brings the rows with the clips', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, Array.from({ length: 120 }, (_, i) => nastyDraft(study.id, i)));
    const doc = await createBackup(db);
    const { db: target, study: stale } = await freshDb();
    await saveDrafts(target, stale.id, Array.from({ length: 30 }, (_, i) => nastyDraft(stale.id, i, 9)));
    await applyRestore(target, doc, 'replace');
    await expectRowsInStep(target);
    expect(await ofStudy(target.clipRows, stale.id).count()).toBe(0);
    await expectSameCsv(target, study.id);
    await saveDrafts(target, study.id, Array.from({ length: 10 }, (_, i) => nastyDraft(study.id, i, 5)));
    await applyRestore(target, doc, 'merge');
    await expectRowsInStep(target);
    await expectSameCsv(target, study.id);
  });
});

type Op =
  | { k: 'save'; i: number; s: number }
  | { k: 'bulk'; i: number; n: number; s: number }
  | { k: 'edit'; pick: number; v: number }
  | { k: 'move'; pick: number; brand: number; stage: number }
  | { k: 'delete'; pick: number; n: number }
  | { k: 'undo' }
  | { k: 'merge'; a: number; b: number }
  | { k: 'renameBrand'; a: number; v: number }
  | { k: 'retime'; pick: number; t: number; s: number }
  | { k: 'deleteStudy'; s: number; undo: boolean }
  | { k: 'restore'; mode: 'replace' | 'merge' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('save' as const), i: fc.nat(500), s: fc.nat(1) }),
  fc.record({ k: fc.constant('bulk' as const), i: fc.nat(500), n: fc.integer({ min: 1, max: 40 }), s: fc.nat(1) }),
  fc.record({ k: fc.constant('edit' as const), pick: fc.nat(), v: fc.nat(NASTY.length * 7) }),
  fc.record({ k: fc.constant('move' as const), pick: fc.nat(), brand: fc.nat(), stage: fc.nat(STAGES.length - 1) }),
  fc.record({ k: fc.constant('delete' as const), pick: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ k: fc.constant('undo' as const) }),
  fc.record({ k: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ k: fc.constant('renameBrand' as const), a: fc.nat(), v: fc.nat(NASTY.length - 1) }),
  fc.record({ k: fc.constant('retime' as const), pick: fc.nat(), t: fc.nat(5), s: fc.nat(1) }),
  fc.record({ k: fc.constant('deleteStudy' as const), s: fc.nat(1), undo: fc.boolean() }),
  fc.record({ k: fc.constant('restore' as const), mode: fc.constantFrom('replace' as const, 'merge' as const) }),
);

describe('clipRows invariant (property)', () => {
  it('after any sequence of writes, clipRows equals rows freshly made from clips, and the export matches the writer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 20 }), async (ops) => {
        const { db, study } = await freshDb();
        const second = await createStudy(db, { name: '二 "second"', frameworkId: 'moments-of-truth' });
        const studies = [study.id, second.id];
        let lastDeleted: Clip[] = [];
        const clipAt = async (pick: number) => {
          const ids = (await db.clips.toCollection().primaryKeys()).sort();
          return ids.length ? ids[pick % ids.length]! : undefined;
        };
        for (const op of ops) {
          switch (op.k) {
            case 'save':
              await saveDraft(db, nastyDraft(studies[op.s]!, op.i, 3));
              break;
            case 'bulk':
              await saveDrafts(db, studies[op.s]!, Array.from({ length: op.n }, (_, j) => nastyDraft(studies[op.s]!, op.i + j, 4)));
              break;
            case 'edit': {
              const id = await clipAt(op.pick);
              if (id) await updateClip(db, id, { note: NASTY[op.v % NASTY.length]!, tags: op.v % 2 ? [TAGS[op.v % TAGS.length]!] : [], score: op.v % 6 || null });
              break;
            }
            case 'move': {
              const id = await clipAt(op.pick);
              if (!id) break;
              const clip = (await db.clips.get(id))!;
              const brands = await db.brands.where('studyId').equals(clip.studyId).toArray();
              if (!brands.length) break;
              await updateClip(db, id, { brandId: brands[op.brand % brands.length]!.id, stageId: STAGES[op.stage]! });
              break;
            }
            case 'delete': {
              const ids = (await db.clips.toCollection().primaryKeys()).sort();
              if (ids.length) lastDeleted = await deleteClips(db, ids.slice(op.pick % ids.length, (op.pick % ids.length) + op.n));
              break;
            }
            case 'undo':
              await restoreClips(db, lastDeleted);
              lastDeleted = [];
              break;
            case 'merge': {
              const brands = (await db.brands.toArray()).sort((x, y) => x.id.localeCompare(y.id));
              const a = brands[op.a % Math.max(1, brands.length)];
              const sameStudy = brands.filter((b) => a && b.studyId === a.studyId && b.id !== a.id);
              const b = sameStudy[op.b % Math.max(1, sameStudy.length)];
              if (a && b) await mergeBrands(db, a.id, b.id);
              break;
            }
            case 'renameBrand': {
              const brands = (await db.brands.toArray()).sort((x, y) => x.id.localeCompare(y.id));
              const a = brands[op.a % Math.max(1, brands.length)];
              const name = `${NASTY[op.v]!.trim() || 'x'} ${op.a}`;
              if (a) await renameBrand(db, a.id, name).catch(() => undefined);
              break;
            }
            case 'retime': {
              // A clip whose study and capture time change (as a backup merge can do): its row must follow.
              const id = await clipAt(op.pick);
              if (!id) break;
              const clip = (await db.clips.get(id))!;
              const brand = await db.brands.where('studyId').equals(studies[op.s]!).first();
              const to = brand ? { studyId: brand.studyId, brandId: brand.id } : {};
              await withClipWrites(db, (w) => w.replace(clip, { ...clip, ...to, capturedAt: new Date(Date.UTC(2026, 0, 1) + op.t * 60_000).toISOString() }));
              break;
            }
            case 'deleteStudy': {
              const gone = await deleteStudy(db, studies[op.s]!);
              if (op.undo) await undoDeleteStudy(db, gone);
              else {
                const fresh = await createStudy(db, { name: 'again', frameworkId: 'moments-of-truth' });
                studies[op.s] = fresh.id;
              }
              break;
            }
            case 'restore': {
              const doc = await createBackup(db);
              await saveDraft(db, nastyDraft(studies[0]!, 999, 8));
              await applyRestore(db, doc, op.mode);
              break;
            }
          }
        }
        await expectRowsInStep(db);
        for (const s of studies) if (await db.studies.get(s)) await expectSameCsv(db, s);
        db.close();
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
