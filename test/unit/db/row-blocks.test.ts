// Row blocks (v13): the CSV rows of a bulk write packed into a few page records.
// Packing and unpacking keeps every row byte for byte, in the export's order,
// and a page written again without some rows keeps exactly the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClipRow } from '../../../lib/db/clip-rows-repo';
import { buildRowPages, pageWithout, rowOrder, rowsOfPage } from '../../../lib/db/row-blocks';

const row = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  capturedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z', '2025-12-31T23:59:59.999Z', ''),
  brandId: fc.constantFrom('b1', 'b2'),
  stageId: fc.constantFrom('zmot', 'fmot'),
  own: fc.uint8Array({ maxLength: 40 }),
});
const rows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 60 }).map((list) => list.map((r): ClipRow => ({ ...r, studyId: 's' })));
const plain = (list: ClipRow[]) => list.map((r) => ({ ...r, own: [...r.own] }));

describe('row blocks', () => {
  it('keep every row byte for byte across their pages, sorted by capture time then id as IndexedDB sorts [capturedAt, id]', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 9 }), (list, perPage) => {
        const pages = buildRowPages('s', 'b', list, perPage);
        expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i));
        expect(pages.every((p) => p.ids.length >= 1 && p.ids.length <= perPage)).toBe(true);
        const back = pages.flatMap(rowsOfPage);
        expect(plain(back)).toEqual(plain([...list].sort(rowOrder)));
        for (let i = 1; i < back.length; i++) {
          const [a, b] = [back[i - 1]!, back[i]!];
          expect(a.capturedAt < b.capturedAt || (a.capturedAt === b.capturedAt && a.id < b.id)).toBe(true);
        }
      }),
    );
  });

  it('a page written again without some rows keeps exactly the others; untouched pages stay the same object; an emptied page is gone', () => {
    fc.assert(
      fc.property(rows.filter((l) => l.length > 0), fc.array(fc.nat(), { maxLength: 70 }), (list, picks) => {
        const [page] = buildRowPages('s', 'b', list, 100);
        const drop = new Set(picks.filter((i) => i < list.length).map((i) => list[i]!.id));
        drop.add('not-in-the-page');
        const next = pageWithout(page!, drop);
        const kept = list.filter((r) => !drop.has(r.id)).sort(rowOrder);
        if (!kept.length) expect(next).toBeUndefined();
        else expect(plain(rowsOfPage(next!))).toEqual(plain(kept));
        if (kept.length === list.length) expect(next).toBe(page);
        if (next) expect(next.page).toBe(0);
      }),
    );
  });

  it('sorts ids by UTF-16 code units, as IndexedDB does, not by locale', () => {
    const mk = (id: string): ClipRow => ({ id, studyId: 's', brandId: 'b', stageId: 'z', capturedAt: 't', own: new Uint8Array() });
    const ids = buildRowPages('s', 'b', ['b', 'B', 'é', 'e', '\u{1F600}', '\uffff'].map(mk)).flatMap(rowsOfPage).map((r) => r.id);
    expect(ids).toEqual(['B', 'b', 'e', 'é', '\u{1F600}', '\uffff']);
  });
});
