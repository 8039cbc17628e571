import { hostOf } from '../capture/normalize-url';
import { ownerDomain, registrableDomain } from '../capture/brand-detection';
import { decodeIdnLabel } from '../capture/punycode';
import { siteNameFromHost } from '../capture/source-type';
import { BrandSchema, brandKey, nowIso, type LensSettings } from '../model';
import { newBrand } from './brands-repo';
import type { JourneyLensDB } from './database';
import { setActiveStudy } from './active-study';
import { createStudy, dropEmptyDefaultStudies } from './study-admin';

export interface BrandSeed {
  name: string;
  domains: string[];
  aliases: string[];
}

/** `https://www.acme.com/pricing` → `acme.com`; undefined when the text is not a web address. */
function domainOf(raw: string): string | undefined {
  const url = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  const host = hostOf(url).replace(/^www\d?\./, '');
  if (!host || !/^[a-z0-9.-]+\.[a-z0-9-]{2,}$/i.test(host) || /\.\.|^[.-]|[.-]$/.test(host)) return undefined;
  return ownerDomain(host);
}

/** A readable brand name for a domain: `acme.co.uk` → Acme, `acme.zendesk.com` → Acme. */
function nameOfDomain(domain: string): string {
  const name = domain !== registrableDomain(domain) ? domain.split('.')[0]! : siteNameFromHost(domain);
  const readable = decodeIdnLabel(name.toLowerCase());
  return readable.charAt(0).toUpperCase() + readable.slice(1);
}

const uniq = (xs: string[]) => [...new Set(xs)];

/**
 * Competitor brands from a pasted list, one brand per line:
 *  - web addresses or domains: `https://www.acme.com/pricing` → Acme, acme.com
 *    (several on one line, separated by spaces or commas, are several brands);
 *  - or `Name | domain [domain…] | alias, alias`: a named brand with its
 *    domains (spaces or commas between them; may be empty) and other names
 *    it goes by, e.g. `Northwind Outdoor | northwind.test nw-shop.test | 北风, NW`.
 * Lines that say neither come back in `rejected`; brands named twice are joined.
 */
export function parseCompetitorList(text: string): { brands: BrandSeed[]; rejected: string[] } {
  const brands: BrandSeed[] = [];
  const rejected: string[] = [];
  const byKey = new Map<string, BrandSeed>();
  const byDomain = new Map<string, BrandSeed>();
  /** Names made from a domain, which a name the researcher wrote replaces. */
  const derived = new Set<BrandSeed>();
  const add = (seed: BrandSeed, written: boolean) => {
    // Same name: one brand. Same domain: joined only when one side's name was made from the domain
    // (two brands the researcher named stay two, even on a shared domain).
    const existing =
      byKey.get(brandKey(seed.name)) ??
      seed.domains.map((d) => byDomain.get(d)).find((b) => b && (!written || derived.has(b)));
    if (existing) {
      const names = [seed.name, ...seed.aliases];
      if (written && derived.has(existing)) {
        names.push(existing.name);
        existing.name = seed.name;
        derived.delete(existing);
        byKey.set(brandKey(seed.name), existing);
      }
      existing.domains = uniq([...existing.domains, ...seed.domains]).slice(0, 100);
      const keys = new Set([brandKey(existing.name)]);
      existing.aliases = [...existing.aliases, ...names]
        .filter((a) => {
          const k = brandKey(a);
          if (keys.has(k)) return false;
          keys.add(k);
          return true;
        })
        .slice(0, 100);
    } else {
      brands.push(seed);
      byKey.set(brandKey(seed.name), seed);
      if (!written) derived.add(seed);
    }
    const target = existing ?? seed;
    for (const d of seed.domains) byDomain.set(d, target);
  };
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    if (line.includes('|')) {
      const [namePart = '', domainPart = '', aliasPart = ''] = line.split('|').map((p) => p.trim());
      const name = namePart.slice(0, 120);
      const tokens = domainPart.split(/[\s,，、]+/).filter(Boolean);
      const domains = tokens.map(domainOf);
      if (!name || domains.some((d) => !d)) {
        rejected.push(line.slice(0, 200));
        continue;
      }
      const aliases = aliasPart
        .split(/[,，、;；]+/)
        .map((a) => a.trim().slice(0, 120))
        .filter((a) => a && brandKey(a) !== brandKey(name))
        .filter((a, i, all) => all.findIndex((b) => brandKey(b) === brandKey(a)) === i);
      add({ name, domains: uniq(domains as string[]).slice(0, 100), aliases: aliases.slice(0, 100) }, true);
      continue;
    }
    const tokens = line.split(/[\s,，、]+/).filter(Boolean);
    const domains = tokens.map(domainOf);
    if (domains.some((d) => !d)) {
      rejected.push(line.slice(0, 200));
      continue;
    }
    for (const d of domains as string[]) add({ name: nameOfDomain(d), domains: [d], aliases: [] }, false);
  }
  return { brands: brands.slice(0, 100), rejected };
}

/**
 * Adds competitor brands to a study in one transaction. A brand that is
 * already there (same name, one of its aliases, or one of its domains) gains
 * the new domains and aliases instead of being made twice.
 */
export async function addBrandsToStudy(
  db: JourneyLensDB,
  studyId: string,
  seeds: readonly BrandSeed[],
): Promise<{ added: number; updated: number }> {
  return db.transaction('rw', db.brands, async () => {
    const existing = await db.brands.where('studyId').equals(studyId).toArray();
    const now = nowIso();
    let added = 0;
    let updated = 0;
    for (const seed of seeds) {
      const key = brandKey(seed.name);
      const match =
        existing.find((b) => b.nameKey === key) ??
        existing.find((b) => b.aliases.some((a) => brandKey(a) === key)) ??
        existing.find((b) => seed.domains.some((d) => b.domains.includes(d)));
      if (match) {
        const domains = uniq([...match.domains, ...seed.domains]).slice(0, 100);
        const aliases = uniq([...match.aliases, ...seed.aliases, ...(brandKey(seed.name) !== match.nameKey ? [seed.name] : [])])
          .filter((a) => brandKey(a) !== match.nameKey)
          .slice(0, 100);
        if (domains.length !== match.domains.length || aliases.length !== match.aliases.length) {
          const next = BrandSchema.parse({ ...match, domains, aliases, updatedAt: now });
          await db.brands.put(next);
          existing[existing.indexOf(match)] = next;
          updated++;
        }
        continue;
      }
      const brand = BrandSchema.parse(
        await newBrand(db, studyId, seed.name, { domains: seed.domains.slice(0, 100), aliases: seed.aliases.slice(0, 100), index: existing.length, now }),
      );
      await db.brands.add(brand);
      existing.push(brand);
      added++;
    }
    return { added, updated };
  });
}

/**
 * Creates a study with its competitor brands (domains known from the start)
 * and makes it active; the empty study a fresh install made is removed then.
 */
export async function createStudyWithBrands(
  db: JourneyLensDB,
  input: { name: string; frameworkId: string; brands: BrandSeed[]; customStages?: string[]; lenses?: LensSettings },
): Promise<string> {
  return db.transaction('rw', db.tables, async () => {
    const study = await createStudy(db, { name: input.name, frameworkId: input.frameworkId, customStages: input.customStages, lenses: input.lenses });
    await addBrandsToStudy(db, study.id, input.brands);
    await setActiveStudy(db, study.id);
    await dropEmptyDefaultStudies(db, study.id);
    return study.id;
  });
}
