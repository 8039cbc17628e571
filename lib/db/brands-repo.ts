import { brandColor, brandKey, newId, nowIso, type Brand } from '../model';
import type { JourneyLensDB } from './database';

/**
 * The study's brand called `name` (by name or alias, case- and width-folded),
 * created when first named. Adds `domain` to its domains when given.
 * Call inside a read-write transaction over `brands`.
 */
export async function findOrCreateBrand(
  db: JourneyLensDB,
  studyId: string,
  name: string,
  domain?: string,
): Promise<{ brand: Brand; created: boolean }> {
  const key = brandKey(name);
  let brand = await db.brands.where('[studyId+nameKey]').equals([studyId, key]).first();
  if (!brand) {
    const all = await db.brands.where('studyId').equals(studyId).toArray();
    brand = all.find((b) => b.aliases.some((a) => brandKey(a) === key));
    if (!brand) {
      const now = nowIso();
      const created: Brand = {
        id: newId(),
        studyId,
        name: name.trim().slice(0, 120),
        nameKey: key.slice(0, 120),
        domains: domain ? [domain] : [],
        aliases: [],
        color: brandColor(all.length),
        createdAt: now,
        updatedAt: now,
      };
      await db.brands.add(created);
      return { brand: created, created: true };
    }
  }
  if (domain && !brand.domains.includes(domain)) {
    brand = { ...brand, domains: [...brand.domains, domain], updatedAt: nowIso() };
    await db.brands.put(brand);
  }
  return { brand, created: false };
}

export function brandsOfStudy(db: JourneyLensDB, studyId: string): Promise<Brand[]> {
  return db.brands.where('studyId').equals(studyId).sortBy('createdAt');
}
