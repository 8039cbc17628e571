import { describe, expect, it } from 'vitest';
import { addBrandsToStudy, createStudyWithBrands, parseCompetitorList } from '../../../lib/db/study-setup';
import { getActiveStudyId } from '../../../lib/db/meta-repo';
import { detectBrand } from '../../../lib/capture/brand-detection';
import { detectSource } from '../../../lib/capture/source-type';
import { freshDb } from './helpers';

describe('competitor list', () => {
  it('makes one brand per site, named from the domain; repeats joined, non-addresses rejected whole', () => {
    const r = parseCompetitorList('https://www.acme.com/pricing\nhelp.acme.com, globex.co.uk\n\nnot a url!!\nhttps://initech.io/');
    expect(r.brands).toEqual([
      { name: 'Acme', domains: ['acme.com'], aliases: [] },
      { name: 'Globex', domains: ['globex.co.uk'], aliases: [] },
      { name: 'Initech', domains: ['initech.io'], aliases: [] },
    ]);
    expect(r.rejected).toEqual(['not a url!!']);
  });

  it('reads "Name | domains | aliases" lines, with Chinese separators', () => {
    const r = parseCompetitorList('Northwind Outdoor | northwind.test, https://shop.nw-gear.co.uk/x | 北风，NW、Northwind\nGlobex Corp | | Globex');
    expect(r.brands).toEqual([
      { name: 'Northwind Outdoor', domains: ['northwind.test', 'nw-gear.co.uk'], aliases: ['北风', 'NW', 'Northwind'] },
      { name: 'Globex Corp', domains: [], aliases: ['Globex'] },
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('keeps the owner host on shared hosting and rejects a named line with a bad domain', () => {
    const r = parseCompetitorList('https://acme.zendesk.com/hc\nAcme | not_a_domain!');
    expect(r.brands).toEqual([{ name: 'Acme', domains: ['acme.zendesk.com'], aliases: [] }]);
    expect(r.rejected).toEqual(['Acme | not_a_domain!']);
  });

  it('joins a named line and a bare address of the same domain into one brand; the written name wins', () => {
    const r = parseCompetitorList('acme.com\nAcme Inc | acme.com acme.de | ACME, Acme Incorporated');
    expect(r.brands).toEqual([{ name: 'Acme Inc', domains: ['acme.com', 'acme.de'], aliases: ['ACME', 'Acme Incorporated'] }]);
  });
});

describe('study setup', () => {
  it('creates the study with its brands and domains, and makes it active', async () => {
    const { db } = await freshDb();
    const id = await createStudyWithBrands(db, { name: 'Shoes', frameworkId: 'b2c-journey', brands: parseCompetitorList('acme.com globex.com').brands });
    expect(await getActiveStudyId(db)).toBe(id);
    const brands = await db.brands.where('studyId').equals(id).toArray();
    expect(brands.map((b) => [b.name, b.domains])).toEqual(expect.arrayContaining([['Acme', ['acme.com']], ['Globex', ['globex.com']]]));
    expect((await db.studies.get(id))?.frameworkId).toBe('b2c-journey');
  });

  it('adds brands to an existing study: new ones created, known ones (by name, alias or domain) gain domains and aliases', async () => {
    const { db, study } = await freshDb();
    await addBrandsToStudy(db, study.id, parseCompetitorList('acme.test').brands);
    const r = await addBrandsToStudy(db, study.id, parseCompetitorList('Acme Corp | acme.test acme-shop.test | 爱克美\nglobex.test').brands);
    expect(r).toEqual({ added: 1, updated: 1 });
    const brands = await db.brands.where('studyId').equals(study.id).sortBy('createdAt');
    expect(brands).toHaveLength(2);
    const acme = brands.find((b) => b.name === 'Acme')!;
    expect(acme.domains).toEqual(['acme.test', 'acme-shop.test']);
    expect(acme.aliases).toEqual(['爱克美', 'Acme Corp']);
    // Added again: nothing changes.
    expect(await addBrandsToStudy(db, study.id, parseCompetitorList('Acme Corp | acme.test acme-shop.test | 爱克美').brands)).toEqual({ added: 0, updated: 0 });
    // The aliases and domains are what clipping recognises.
    const url = 'https://www.acme-shop.test/p/1';
    expect(detectBrand({ url, source: detectSource(url) }, brands)).toMatchObject({ brandId: acme.id, reason: 'domain' });
  });
});

describe('competitor list edge cases', () => {
  it('two brands the researcher named stay two even on one domain; a bare address still joins a named brand', () => {
    const r = parseCompetitorList('Acme | acme.com\nBeta | acme.com\nacme.com');
    expect(r.brands.map((b) => [b.name, b.domains])).toEqual([
      ['Acme', ['acme.com']],
      ['Beta', ['acme.com']],
    ]);
  });

  it('names an internationalised domain as people write it', () => {
    expect(parseCompetitorList('https://例子.中国/\nhttps://www.bücher.de').brands.map((b) => [b.name, b.domains[0]])).toEqual([
      ['例子', 'xn--fsqu00a.xn--fiqs8s'],
      ['Bücher', 'xn--bcher-kva.de'],
    ]);
  });

  it('caps aliases and domains at 100 per brand instead of failing the whole study', async () => {
    const aliases = Array.from({ length: 150 }, (_, i) => `Alias ${i}`).join(', ');
    const parsed = parseCompetitorList(`Acme | acme.com | ${aliases}`);
    expect(parsed.brands[0]!.aliases).toHaveLength(100);
    const { db } = await freshDb();
    const id = await createStudyWithBrands(db, { name: 'Many names', frameworkId: 'moments-of-truth', brands: parsed.brands });
    expect((await db.brands.where('studyId').equals(id).first())!.aliases).toHaveLength(100);
  });
});
