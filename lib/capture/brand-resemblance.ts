import { brandKey } from '../model/brand';

/**
 * Which of a study's brands a typed or detected name resembles: the same name
 * written differently ("Acmeshoes" / "Acme Shoes", "ACME shoes"), one name the
 * start of the other ("Brightline" / "Brightline Mattress"), or an alias. Used
 * to say "New brand — did you mean …?" before a save would create a brand, and
 * to prefer an existing brand over a near-duplicate proposal.
 *
 * Only the brand's own name and aliases count; the page is not consulted.
 */

export interface NamedBrand {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export type Resemblance = 'same' | 'spacing' | 'prefix' | 'close';

export interface ResemblingBrand<B extends NamedBrand> {
  brand: B;
  how: Resemblance;
}

/** Letters and digits only, folded: "Acme-Shoes Inc." → "acmeshoesinc". */
function compact(name: string): string {
  return brandKey(name).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Words of a folded name, without company suffixes that say nothing of the brand. */
const SUFFIXES = new Set(['inc', 'ltd', 'llc', 'gmbh', 'co', 'corp', 'sia', 'as', 'plc', 'ag', 'sa', 'bv', 'oy', 'ab']);
function words(name: string): string[] {
  return brandKey(name)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w && !SUFFIXES.has(w));
}

/** Damerau-free Levenshtein distance, bounded: returns max+1 once past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How `name` resembles `other`, or null when it does not. */
export function resemblance(name: string, other: string): Resemblance | null {
  const a = brandKey(name);
  const b = brandKey(other);
  if (!a || !b) return null;
  if (a === b) return 'same';
  const ca = compact(name);
  const cb = compact(other);
  if (!ca || !cb) return null;
  if (ca === cb) return 'spacing';
  // One name's words start the other's ("Brightline" / "Brightline Mattress"),
  // or its letters do for CJK names written without spaces ("小米" / "小米之家").
  const wa = words(name);
  const wb = words(other);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length > 0 && short.join(' ').length >= 3 && short.every((w, i) => long[i] === w)) return 'prefix';
  const cjk = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;
  const [cs, cl] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (cjk.test(cs) && cs.length >= 2 && cl.startsWith(cs)) return 'prefix';
  if (!cjk.test(cs) && cs.length >= 4 && cl.startsWith(cs) && cl.length - cs.length <= 12) return 'prefix';
  // A typo or a plural: within one edit for short names, two for longer ones.
  const max = Math.min(ca.length, cb.length) >= 8 ? 2 : Math.min(ca.length, cb.length) >= 4 ? 1 : 0;
  if (max > 0 && distance(ca, cb, max) <= max) return 'close';
  return null;
}

const RANK: Record<Resemblance, number> = { same: 0, spacing: 1, prefix: 2, close: 3 };

/**
 * The brands `name` resembles, by name or alias, closest first. A brand whose
 * name or alias is the same name (after folding) comes back as `same`: the
 * caller would not create a new brand for it.
 */
export function resemblingBrands<B extends NamedBrand>(name: string, brands: readonly B[]): ResemblingBrand<B>[] {
  const found: ResemblingBrand<B>[] = [];
  for (const brand of brands) {
    let best: Resemblance | null = null;
    for (const candidate of [brand.name, ...(brand.aliases ?? [])]) {
      const how = resemblance(name, candidate);
      if (how && (best === null || RANK[how] < RANK[best])) best = how;
    }
    if (best) found.push({ brand, how: best });
  }
  return found.sort((x, y) => RANK[x.how] - RANK[y.how] || x.brand.name.localeCompare(y.brand.name));
}
