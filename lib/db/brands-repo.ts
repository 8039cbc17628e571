import { brandColor, brandKey, nowIso, stableId, type Brand } from '../model';
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
      // Deterministic: the same brand named in the same study on two machines has one id.
      let id = stableId('b', `${studyId}\u0000${key}`);
      if (await db.brands.get(id)) id = stableId('b', `${studyId}\u0000${key}\u0000${Date.now()}`);
      const created: Brand = {
        id,
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
