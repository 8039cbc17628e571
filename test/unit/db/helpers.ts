import 'fake-indexeddb/auto';
import { JourneyLensDB } from '../../../lib/db/database';
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
