import { hostOf } from '../capture/normalize-url';
import { registrableDomain } from '../capture/brand-detection';
import { siteNameFromHost } from '../capture/source-type';
import { BrandSchema, brandColor, brandKey, nowIso, stableId } from '../model';
import type { JourneyLensDB } from './database';
import { setActiveStudy } from './active-study';
import { createStudy } from './study-admin';

export interface BrandSeed {
  name: string;
  domain: string;
}

/**
 * Competitor brands from a pasted list: one URL or domain per line (commas and
 * spaces also separate). `https://www.acme.com/pricing` → Acme, acme.com.
 * Lines that are not web addresses come back in `rejected`.
 */
export function brandsFromUrls(text: string): { brands: BrandSeed[]; rejected: string[] } {
  const brands: BrandSeed[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\n,\s]+/).map((s) => s.trim()).filter(Boolean)) {
    const url = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    const host = hostOf(url).replace(/^www\./, '');
    if (!host || !/^[a-z0-9.-]+\.[a-z0-9-]{2,}$/i.test(host)) {
      rejected.push(raw.slice(0, 200));
      continue;
    }
    const domain = registrableDomain(host);
    if (seen.has(domain)) continue;
    seen.add(domain);
    brands.push({ name: siteNameFromHost(host), domain });
  }
  return { brands: brands.slice(0, 100), rejected };
}

/** Creates a study with its competitor brands (domains known from the start) and makes it active. */
export async function createStudyWithBrands(
  db: JourneyLensDB,
  input: { name: string; frameworkId: string; brands: BrandSeed[] },
): Promise<string> {
  return db.transaction('rw', [db.studies, db.brands, db.meta], async () => {
    const study = await createStudy(db, { name: input.name, frameworkId: input.frameworkId });
    const now = nowIso();
    await db.brands.bulkAdd(
      input.brands.map((b, i) =>
        BrandSchema.parse({
          id: stableId('b', `${study.id}\u0000${brandKey(b.name)}`),
          studyId: study.id,
          name: b.name,
          nameKey: brandKey(b.name),
          domains: [b.domain],
          aliases: [],
          color: brandColor(i),
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    await setActiveStudy(db, study.id);
    return study.id;
  });
}
