import { describe, expect, it } from 'vitest';
import { brandsFromUrls, createStudyWithBrands } from '../../../lib/db/study-setup';
import { META_KEYS, getMeta } from '../../../lib/db/meta-repo';
import { freshDb } from './helpers';

describe('study setup from pasted competitor URLs', () => {
  it('makes one brand per site, named from the domain, duplicates and non-addresses left out', () => {
    const r = brandsFromUrls('https://www.acme.com/pricing\nhelp.acme.com, globex.co.uk\n\nnot a url!!\nhttps://initech.io/');
    expect(r.brands).toEqual([
      { name: 'Acme', domain: 'acme.com' },
      { name: 'Globex', domain: 'globex.co.uk' },
      { name: 'Initech', domain: 'initech.io' },
    ]);
    expect(r.rejected).toEqual(['not', 'a', 'url!!']);
  });

  it('creates the study with its brands and domains, and makes it active', async () => {
    const { db } = await freshDb();
    const id = await createStudyWithBrands(db, { name: 'Shoes', frameworkId: 'b2c-journey', brands: brandsFromUrls('acme.com globex.com').brands });
    expect(await getMeta(db, META_KEYS.activeStudyId)).toBe(id);
    const brands = await db.brands.where('studyId').equals(id).toArray();
    expect(brands.map((b) => [b.name, b.domains])).toEqual(expect.arrayContaining([['Acme', ['acme.com']], ['Globex', ['globex.com']]]));
    expect((await db.studies.get(id))?.frameworkId).toBe('b2c-journey');
  });
});
