import type { JourneyLensDB } from '../db/database';
import type { Clip } from '../model';
import { SCIENTIFIC_ID, type ImportReport } from './clip-rows';

/** An id the spreadsheet changed, and the existing clip it turned out to be. */
export interface IdMatch {
  raw: string;
  id: string;
}

/** An id a spreadsheet reads as a number: digits (`007`), a decimal, or scientific form (`1e5`, `1,23457E+17`). */
const NUMBER_LIKE = /^\d+(?:[.,]\d+)?(?:E\+?\d+)?$/i;
const asNumber = (s: string) => Number(s.replace(',', '.'));

/**
 * Whether a spreadsheet could have turned the id `id` into `raw`: both read as
 * numbers, and `id`'s value shown with as many significant digits as `raw`
 * has is `raw`'s value (`007` → `7`, `1e5` → `100000`,
 * `123456789012345678` → `1.23457E+17`).
 */
export function couldBecome(id: string, raw: string): boolean {
  if (id === raw || !NUMBER_LIKE.test(id) || !NUMBER_LIKE.test(raw)) return false;
  const [mantissa] = raw.toUpperCase().split('E');
  const significant = Math.min(21, mantissa!.replace(/[.,]/, '').replace(/^0+/, '').length || 1);
  const value = asNumber(id);
  return Number.isFinite(value) && Number(value.toPrecision(significant)) === asNumber(raw);
}

/**
 * Gives the accepted rows whose id a spreadsheet changed the id of the clip
 * they are: an existing clip of the study whose id could have become the
 * row's, with the same quote, URL and stage. Those rows then count as already
 * stored instead of becoming copies. Rows whose id exists as it is are left
 * alone. Returns the matches, for the preview.
 */
export async function matchMangledIds(db: JourneyLensDB, studyId: string, report: ImportReport): Promise<IdMatch[]> {
  if (!report.idSuspects.length) return [];
  const suspects = [];
  for (const s of report.idSuspects) {
    const draft = report.accepted[s.index]!;
    if (/^\d+$/.test(s.raw) && (await db.clips.get(draft.id))?.studyId === studyId) continue;
    suspects.push(s);
  }
  if (!suspects.length) return [];
  // Only ids that read as numbers can have been changed this way: they start with a digit, so read that key range only.
  const numeric: Clip[] = (await db.clips.where(':id').between('0', ':', true, false).toArray()).filter(
    (c) => c.studyId === studyId && NUMBER_LIKE.test(c.id),
  );
  const matches: IdMatch[] = [];
  for (const s of suspects) {
    const draft = report.accepted[s.index]!;
    const same = numeric.filter(
      (c) => couldBecome(c.id, s.raw) && c.quote === draft.quote && c.url === draft.url && c.stageId === draft.stageId,
    );
    if (same.length !== 1) continue;
    draft.id = same[0]!.id;
    matches.push({ raw: s.raw, id: draft.id });
  }
  return matches;
}

/** Rows whose id a spreadsheet put in scientific form and that match no clip: they get new ids (the preview says so). */
export function unmatchedScientific(report: ImportReport, matches: readonly IdMatch[]): string[] {
  const matched = new Set(matches.map((m) => m.raw));
  return report.idSuspects.filter((s) => SCIENTIFIC_ID.test(s.raw) && !matched.has(s.raw)).map((s) => s.raw);
}
