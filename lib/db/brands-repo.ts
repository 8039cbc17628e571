import { brandColor, brandKey, nowIso, stableId, type Brand } from '../model';
import { unionRubricRows } from '../matrix/rubric-merge';
import { fromStored, ofStudy } from './clip-reads';
import { clipWriteTables, withClipWrites } from './clip-writes';
import type { FindingRecord, JourneyLensDB } from './database';
import type { RubricRecord } from '../matrix/coverage';
import { AppError } from '../errors/app-error';

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
      const created = await newBrand(db, studyId, name, { domains: domain ? [domain] : [], aliases: [], index: all.length, now: nowIso() });
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

/**
 * A new brand of a study, not stored yet. Deterministic: the same brand named
 * in the same study on two machines has one id (a taken id gets a unique one).
 * Call inside a transaction over `brands`.
 */
export async function newBrand(
  db: JourneyLensDB,
  studyId: string,
  name: string,
  opts: { domains: string[]; aliases: string[]; index: number; now: string },
): Promise<Brand> {
  const key = brandKey(name);
  let id = stableId('b', `${studyId}\u0000${key}`);
  if (await db.brands.get(id)) id = stableId('b', `${studyId}\u0000${key}\u0000${Date.now()}`);
  return {
    id,
    studyId,
    name: name.trim().slice(0, 120),
    nameKey: key.slice(0, 120),
    domains: opts.domains,
    aliases: opts.aliases,
    color: brandColor(opts.index),
    createdAt: opts.now,
    updatedAt: opts.now,
  };
}

export function brandsOfStudy(db: JourneyLensDB, studyId: string): Promise<Brand[]> {
  return db.brands.where('studyId').equals(studyId).sortBy('createdAt');
}

/** Renames a brand (its old name becomes an alias). Returns the brand as it was, for `restoreBrand` (Undo). */
export async function renameBrand(db: JourneyLensDB, brandId: string, name: string): Promise<Brand> {
  const trimmed = name.trim().slice(0, 120);
  if (!trimmed) throw new AppError('brand-name-empty', [], 'a brand needs a name');
  return db.transaction('rw', db.brands, async () => {
    const brand = await db.brands.get(brandId);
    if (!brand) throw new AppError('brand-missing', [], 'brand not found');
    if (brand.name === trimmed) return brand;
    const clash = await db.brands.where('[studyId+nameKey]').equals([brand.studyId, brandKey(trimmed)]).first();
    if (clash && clash.id !== brandId) throw new BrandNameTakenError(clash.name);
    const aliases = brand.name !== trimmed && !brand.aliases.includes(brand.name) ? [...brand.aliases, brand.name] : brand.aliases;
    await db.brands.put({ ...brand, name: trimmed, nameKey: brandKey(trimmed), aliases, updatedAt: nowIso() });
    return brand;
  });
}

/** Undo of a rename or recolour: the brand row as it was (its name must still be free in the study). */
export async function restoreBrand(db: JourneyLensDB, before: Brand): Promise<void> {
  await db.transaction('rw', db.brands, async () => {
    const clash = await db.brands.where('[studyId+nameKey]').equals([before.studyId, before.nameKey]).first();
    if (clash && clash.id !== before.id) throw new BrandNameTakenError(clash.name);
    if (!(await db.brands.get(before.id))) throw new AppError('brand-missing', [], 'brand not found');
    await db.brands.put({ ...before, updatedAt: nowIso() });
  });
}

export class BrandNameTakenError extends AppError {
  constructor(readonly existing: string) {
    super('brand-name-taken', [existing], `a brand called ${existing} already exists — merge them instead`);
    this.name = 'BrandNameTakenError';
  }
}

export async function recolorBrand(db: JourneyLensDB, brandId: string, color: string): Promise<void> {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new AppError('brand-colour', [], 'a colour is #rrggbb');
  await db.brands.update(brandId, { color, updatedAt: nowIso() });
}

/**
 * Merges brand `fromId` into `intoId`: its clips move (cells follow), its
 * domains and aliases (and its name) join the target, findings move where the
 * target has none, its rubric ticks join the target's (an item ticked on
 * either is ticked), and the merged brand is deleted with a tombstone.
 */
export async function mergeBrands(db: JourneyLensDB, fromId: string, intoId: string): Promise<MergedBrands | undefined> {
  if (fromId === intoId) return undefined;
  return db.transaction('rw', [...clipWriteTables(db), db.brands, db.findings, db.rubric], async () => {
    const [from, into] = await db.brands.bulkGet([fromId, intoId]);
    if (!from || !into || from.studyId !== into.studyId) throw new AppError('brands-other-study', [], 'both brands must be in the same study');
    const now = nowIso();
    const ofBoth = (r: { brandId: string }) => r.brandId === fromId || r.brandId === intoId;
    const merged: MergedBrands = {
      from,
      into,
      clipIds: [],
      findings: await db.findings.where('studyId').equals(from.studyId).filter(ofBoth).toArray(),
      rubric: await db.rubric.where('studyId').equals(from.studyId).filter(ofBoth).toArray(),
    };
    const clips = await ofStudy(db.clips, from.studyId).filter((c) => c.brandId === fromId).toArray();
    merged.clipIds = clips.map((c) => c.id);
    await withClipWrites(db, (w) => {
      for (const stored of clips) {
        const before = fromStored(stored);
        w.replace(before, { ...before, brandId: intoId, updatedAt: now });
      }
    });
    const findings = await db.findings.where('studyId').equals(from.studyId).filter((f) => f.brandId === fromId).toArray();
    for (const f of findings) {
      const target: [string, string, string] = [f.studyId, intoId, f.stageId];
      if (!(await db.findings.get(target))) await db.findings.put({ ...f, brandId: intoId, updatedAt: now });
      await db.findings.delete([f.studyId, fromId, f.stageId]);
    }
    const rubric = await db.rubric.where('studyId').equals(from.studyId).filter((r) => r.brandId === fromId).toArray();
    for (const r of rubric) {
      const target: [string, string, string] = [r.studyId, intoId, r.stageId];
      await db.rubric.put(unionRubricRows(await db.rubric.get(target), r, intoId, now));
      await db.rubric.delete([r.studyId, fromId, r.stageId]);
    }
    const uniq = (xs: string[]) => [...new Set(xs)];
    await db.brands.put({
      ...into,
      domains: uniq([...into.domains, ...from.domains]).slice(0, 100),
      aliases: uniq([...into.aliases, ...from.aliases, from.name]).filter((a) => brandKey(a) !== into.nameKey).slice(0, 100),
      updatedAt: now,
    });
    await db.brands.delete(fromId);
    await db.tombstones.put({ id: fromId, table: 'brands', studyId: from.studyId, deletedAt: now, mergedInto: intoId });
    return merged;
  });
}

/** What a merge changed: both brands, the moved clips, and both brands' findings and ticks as they were. */
export interface MergedBrands {
  from: Brand;
  into: Brand;
  clipIds: string[];
  findings: FindingRecord[];
  rubric: RubricRecord[];
}

/**
 * Undo of `mergeBrands`: the merged brand comes back with its clips (those
 * still on the target), the target gets its own domains and aliases back, and
 * both brands' findings and ticks are as they were before the merge.
 */
export async function undoMergeBrands(db: JourneyLensDB, merged: MergedBrands): Promise<void> {
  const { from, into } = merged;
  await db.transaction('rw', [...clipWriteTables(db), db.brands, db.findings, db.rubric], async () => {
    const clash = await db.brands.where('[studyId+nameKey]').equals([from.studyId, from.nameKey]).first();
    if (clash && clash.id !== from.id && clash.id !== into.id) throw new BrandNameTakenError(clash.name);
    const now = nowIso();
    const current = await db.brands.get(into.id);
    if (current) await db.brands.put({ ...current, domains: into.domains, aliases: into.aliases, updatedAt: now });
    await db.brands.put({ ...from, updatedAt: now });
    const moved = await db.clips.bulkGet(merged.clipIds);
    await withClipWrites(db, (w) => {
      for (const stored of moved) {
        if (!stored || stored.brandId !== into.id) continue;
        const before = fromStored(stored);
        w.replace(before, { ...before, brandId: from.id, updatedAt: now });
      }
    });
    const ofBoth = (r: { brandId: string }) => r.brandId === from.id || r.brandId === into.id;
    const key = (r: { studyId: string; brandId: string; stageId: string }): [string, string, string] => [r.studyId, r.brandId, r.stageId];
    await db.findings.bulkDelete((await db.findings.where('studyId').equals(from.studyId).filter(ofBoth).toArray()).map(key));
    await db.rubric.bulkDelete((await db.rubric.where('studyId').equals(from.studyId).filter(ofBoth).toArray()).map(key));
    await db.findings.bulkPut(merged.findings);
    await db.rubric.bulkPut(merged.rubric);
    await db.tombstones.delete(from.id);
  });
}
