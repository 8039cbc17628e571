import type { LocalizedText } from '../model/locale';

/**
 * The "what to look for" coverage rubric: for a brand at a stage, which items
 * of the stage's `lookFor` checklist the brand does. Pure code (no Dexie, no
 * zod) so the side panel's first paint can show coverage without loading the
 * write path.
 */

/**
 * One brand × stage row of the rubric, as stored (table `rubric`) and backed up.
 *
 * Ticks are kept per item as a last-writer-wins register: `changed[key]` is
 * when the item was last ticked or unticked, and `items` lists the keys that
 * are ticked now. A row whose items were all unticked is kept (not deleted),
 * so an untick made on one machine wins over an older tick from a teammate
 * when two backups are merged, while ticks made on both sides add up.
 */
export interface RubricRecord {
  studyId: string;
  brandId: string;
  stageId: string;
  /** Keys (see `lookForKey`) of the ticked items, sorted, unique. */
  items: string[];
  /** Key → when it was last ticked or unticked (ISO-8601 UTC). Every key of `items` is here. */
  changed: Record<string, string>;
  updatedAt: string;
}

export type RubricKey = [studyId: string, brandId: string, stageId: string];

/** Folds the trivial differences (case, spacing, punctuation) out of an item's English wording. */
function normalizeWording(en: string): string {
  return en.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The stable key a tick is stored under: a short hash of the item's English
 * wording (case, spacing and punctuation folded), not its position. So
 * reordering a checklist, or inserting an item into it, never moves a tick to
 * another item, and a translation change never loses one. When an item's
 * wording really changes, its old ticks stop counting (the brand was judged
 * against other words) but stay stored, and count again if the wording comes
 * back. Two items of one stage with the same wording share a key (and a tick).
 */
export function lookForKey(item: Pick<LocalizedText, 'en'>): string {
  const text = normalizeWording(item.en);
  return `k-${hex8(fnv1a(text, 0x811c9dc5))}${hex8(fnv1a(text, 0x050c5d1f))}`;
}

// The key scheme is stored data: this hash must never change (it is kept here, not shared).
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** The distinct keys of a stage's checklist, in checklist order. */
export function checklistKeys(lookFor: readonly Pick<LocalizedText, 'en'>[]): string[] {
  return [...new Set(lookFor.map(lookForKey))];
}

export interface Coverage {
  /** Checklist items ticked for this brand at this stage. */
  done: number;
  /** Items in the stage's checklist (0: the stage has none). */
  total: number;
}

/** done / total, or null when the stage has no checklist. */
export function coverageFraction(c: Coverage): number | null {
  return c.total > 0 ? c.done / c.total : null;
}

export const rubricKeyString = (brandId: string, stageId: string) => `${brandId}/${stageId}`;

/**
 * Coverage of every brand × stage cell: how many of the stage's current
 * checklist items are ticked. Ticks of items no longer in the checklist and
 * rows of brands or stages not given are left out (not counted, not lost).
 * Keyed by `brandId/stageId`; every given brand × stage has an entry.
 */
export function computeCoverage(
  brandIds: readonly string[],
  stages: readonly { id: string; lookFor: readonly Pick<LocalizedText, 'en'>[] }[],
  rows: readonly Pick<RubricRecord, 'brandId' | 'stageId' | 'items'>[],
): Map<string, Coverage> {
  const ticked = new Map<string, Set<string>>();
  for (const r of rows) ticked.set(rubricKeyString(r.brandId, r.stageId), new Set(r.items));
  const out = new Map<string, Coverage>();
  for (const stage of stages) {
    const keys = checklistKeys(stage.lookFor);
    for (const brandId of brandIds) {
      const k = rubricKeyString(brandId, stage.id);
      const have = ticked.get(k);
      out.set(k, { done: have ? keys.filter((x) => have.has(x)).length : 0, total: keys.length });
    }
  }
  return out;
}

/** Sums of coverage (for row and column totals): done and total items added up. */
export function sumCoverage(cells: Iterable<Coverage>): Coverage {
  let done = 0;
  let total = 0;
  for (const c of cells) {
    done += c.done;
    total += c.total;
  }
  return { done, total };
}
