import type { JourneyLensDB } from '../db/database';
import type { Clip } from '../model';
import { SCIENTIFIC_ID, type ImportReport } from './clip-rows';

/** An id the spreadsheet changed, and the existing clip it turned out to be. */
export interface IdMatch {
  raw: string;
  id: string;
}

const stripZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');

/** Whether a spreadsheet could have turned the all-digit id `id` into `raw` (leading zeros lost, or scientific form). */
export function couldBecome(id: string, raw: string): boolean {
  if (!/^\d+$/.test(id)) return false;
  if (/^\d+$/.test(raw)) return raw !== id && stripZeros(raw) === stripZeros(id);
  if (!SCIENTIFIC_ID.test(raw)) return false;
  const [mantissa] = raw.toUpperCase().replace(',', '.').split('E');
  const significant = mantissa!.replace('.', '').replace(/^0+/, '').length || 1;
  return Number(Number(id).toPrecision(significant)) === Number(raw.replace(',', '.'));
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
  // Only clips whose id is all digits can have been changed this way: read that key range only.
  const numeric: Clip[] = (await db.clips.where(':id').between('0', ':', true, false).toArray()).filter(
    (c) => c.studyId === studyId && /^\d+$/.test(c.id),
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
