import { isFilterActive, matchesFilter, type ClipFilter } from '../matrix/clip-filter';
import type { Clip } from '../model';
import { queryTerms } from '../search/terms';
import { fromStored, ofStudy } from './clip-reads';
import type { JourneyLensDB, StoredClip } from './database';
import { clipIdsWithTerm } from './search-index';

/**
 * The study's clips that pass the filter. A text query is answered from the
 * search index (words and CJK bigrams, search-index.ts): only clips that may
 * hold every term are read, then checked exactly. Tag filters use the `tags` index. Other filters
 * scan the study's clips.
 */
export async function filteredClips(db: JourneyLensDB, studyId: string, filter: ClipFilter): Promise<Clip[]> {
  if (!isFilterActive(filter)) {
    return (await ofStudy(db.clips, studyId).toArray()).map(fromStored);
  }
  let candidates: StoredClip[] | undefined;
  const terms = queryTerms(filter.text);
  if (terms.length) {
    let ids: Set<string> | undefined;
    // Rarest terms first would be ideal; any order gives the same intersection.
    for (const term of terms) {
      const keys = await clipIdsWithTerm(db, studyId, term);
      ids = ids ? new Set([...keys].filter((k) => ids!.has(k))) : keys;
      if (!ids.size) return [];
    }
    candidates = (await db.clips.bulkGet([...(ids ?? [])])).filter((c): c is StoredClip => !!c);
  } else if (filter.tags.length) {
    candidates = await db.clips.where('tags').anyOf(filter.tags).distinct().toArray();
  }
  const pool = candidates ?? (await ofStudy(db.clips, studyId).toArray());
  const out: Clip[] = [];
  for (const stored of pool) {
    if (stored.studyId !== studyId) continue;
    const clip = fromStored(stored);
    if (matchesFilter(clip, filter)) out.push(clip);
  }
  return out;
}
