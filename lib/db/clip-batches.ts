import type { Clip } from '../model';
import { fromStored } from './clip-reads';
import type { JourneyLensDB } from './database';

/**
 * A study's clips, oldest first, in batches read by key range (never all at
 * once), so an export of 100k clips keeps memory bounded. Each batch starts
 * after the last key of the one before: [studyId, capturedAt, id].
 */
const MAX_STRING = '\uffff';

export async function* clipBatches(db: JourneyLensDB, studyId: string, batchSize = 2000): AsyncGenerator<Clip[]> {
  let lower: string[] = [studyId, '', ''];
  let includeLower = true;
  for (;;) {
    const rows = await db.clips
      .where('[studyId+capturedAt+id]')
      .between(lower, [studyId, MAX_STRING, MAX_STRING], includeLower, true)
      .limit(batchSize)
      .toArray();
    if (!rows.length) return;
    yield rows.map(fromStored);
    const last = rows[rows.length - 1]!;
    lower = [studyId, last.capturedAt, last.id];
    includeLower = false;
    if (rows.length < batchSize) return;
  }
}
