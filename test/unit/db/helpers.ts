import 'fake-indexeddb/auto';
import { JourneyLensDB, type ClipRecord } from '../../../lib/db/database';
import { clipRowBatches } from '../../../lib/db/clip-batches';
import type { ClipRow } from '../../../lib/db/clip-rows-repo';
import { ensureDefaults } from '../../../lib/db/studies-repo';
import type { ClipDraft } from '../../../lib/model';

let n = 0;

/** A fresh database (fake-indexeddb) with the defaults in place. */
export async function freshDb() {
  const db = new JourneyLensDB(`test-${Date.now()}-${n++}`);
  const study = await ensureDefaults(db, 'Default study');
  return { db, study };
}

export function draft(over: Partial<ClipDraft> & { studyId: string }): ClipDraft & { studyId: string } {
  return {
    id: crypto.randomUUID(),
    stageId: 'fmot',
    brandName: 'Acme',
    kind: 'selection',
    url: 'https://www.acme.test/pricing?utm_source=x#plans',
    title: 'Pricing — Acme',
    site: 'Acme',
    sourceType: 'competitor_site',
    quote: 'Plans start at $9',
    selectors: {},
    targetUrl: null,
    lang: 'en',
    note: '',
    tags: [],
    sentiment: null,
    score: null,
    behavior: null,
    servqual: null,
    capturedAt: new Date().toISOString(),
    ...over,
  };
}

/** Every stored CSV row (`csvOwn` on the clip records, read natively as the export reads them), by clip id. */
export async function storedRows(db: JourneyLensDB): Promise<ClipRow[]> {
  await db.open();
  const records = await new Promise<ClipRecord[]>((resolve, reject) => {
    const req = db.backendDB().transaction('clips', 'readonly').objectStore('clips').getAll();
    req.onsuccess = () => resolve(req.result as ClipRecord[]);
    req.onerror = () => reject(req.error);
  });
  return records
    .filter((r) => r.csvOwn)
    .map((r) => ({ id: r.id, studyId: r.studyId, brandId: r.brandId, stageId: r.stageId, capturedAt: r.capturedAt, own: r.csvOwn! }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A study's stored CSV rows as the export reads them (capture order). */
export async function rowsOfStudy(db: JourneyLensDB, studyId: string): Promise<ClipRow[]> {
  const out: ClipRow[] = [];
  for await (const batch of clipRowBatches(db, studyId)) out.push(...batch);
  return out;
}
