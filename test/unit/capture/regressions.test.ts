// Cases a review of lib/capture found wrong, kept so they stay fixed.
import { describe, expect, it } from 'vitest';
import { cleanSiteName, detectBrand, hostMatchesDomain } from '../../../lib/capture/brand-detection';
import { num, PageMetadataSchema } from '../../../lib/capture/page-metadata';
import { findKnownSite } from '../../../lib/capture/site-table';
import { detectSource } from '../../../lib/capture/source-type';
import { suggestShipped } from '../stage-model/shipped';
import { makeBrand } from './helpers';

const meta = (m: Record<string, unknown> = {}) => PageMetadataSchema.parse(m);

describe('capture regressions', () => {
  it('reads prices with thousands separators', () => {
    expect(num('1,299.00')).toBe(1299);
    expect(num('1.299,00')).toBe(1299);
    expect(num('1 299')).toBe(1299);
    expect(num('12,5')).toBe(12.5);
    expect(num('129.00')).toBe(129);
    expect(num('abc')).toBeNull();
  });

  it('does not join brands across a shared hosting platform', () => {
    expect(hostMatchesDomain('globex.zendesk.com', 'acme.zendesk.com')).toBe(false);
    expect(hostMatchesDomain('globex.github.io', 'acme.github.io')).toBe(false);
    expect(hostMatchesDomain('help.acme.com', 'www.acme.com')).toBe(true);
    const url = 'https://globex.zendesk.com/hc';
    const r = detectBrand({ url, meta: meta(), source: detectSource(url) }, [makeBrand('acme', 'Acme', ['acme.zendesk.com'])]);
    expect(r.brandId).toBeUndefined();
  });

  it('prefers the brand owning the exact host over one owning a sibling', () => {
    const brands = [makeBrand('cloud', 'Acme Cloud', ['cloud.acme.com']), makeBrand('office', 'Acme Office', ['office.acme.com'])];
    const url = 'https://office.acme.com/pricing';
    const r = detectBrand({ url, meta: meta(), source: detectSource(url) }, brands);
    expect(r).toMatchObject({ brandId: 'office', reason: 'domain' });
    expect(r.newDomain).toBeUndefined();
  });

  it('finds the sold brand even when the study also tracks the platform as a brand', () => {
    const url = 'https://www.amazon.com/dp/B000';
    const r = detectBrand(
      { url, meta: meta({ title: 'Amazon.com: Acme Blender 500 : Home & Kitchen' }), source: detectSource(url) },
      [makeBrand('amazon', 'Amazon'), makeBrand('acme', 'Acme')],
    );
    expect(r).toMatchObject({ brandId: 'acme', name: 'Acme' });
  });

  it('does not give a third-party blog to the brand it mentions', () => {
    const url = 'https://techblog.example.org/posts/1';
    const r = detectBrand(
      { url, meta: meta({ siteName: 'Tech Blog' }), selection: 'ACME Corp support was slow', source: detectSource(url, meta({ siteName: 'Tech Blog' })) },
      [makeBrand('acme', 'ACME Corp')],
    );
    expect(r.brandId).toBe('acme');
    expect(r.newDomain).toBeUndefined();
  });

  it('strips site suffixes only as whole words (or CJK store suffixes)', () => {
    expect(cleanSiteName('Photoshop')).toBe('Photoshop');
    expect(cleanSiteName('Bookshop')).toBe('Bookshop');
    expect(cleanSiteName('Acme Shop')).toBe('Acme');
    expect(cleanSiteName('Acme Help Center')).toBe('Acme');
    expect(cleanSiteName('耐克官方旗舰店')).toBe('耐克');
    expect(cleanSiteName('Globex 官方网站')).toBe('Globex');
  });

  it('reads /p/ as a post on social sites, and help pages as support', () => {
    // With no passage the learned model is nearly uniform on a social post's address (top stage
    // about 0.2–0.25 of six): it must not pre-fill a stage, least of all FMOT as a product page.
    for (const url of ['https://www.instagram.com/p/abc', 'https://zhuanlan.zhihu.com/p/123']) {
      const s = suggestShipped({ sourceType: detectSource(url).sourceType, url, text: '' });
      expect(s.confident).toBe(false);
      expect(s.choices[0]!.probability).toBeLessThan(0.3);
    }
    // With no passage the address alone is weak evidence for the learned model (FMOT 0.25, SMOT
    // 0.24): no pre-fill, SMOT one click away.
    const help = suggestShipped({ sourceType: 'competitor_site', url: 'https://acme.com/help/returns', text: '' });
    expect(help.confident).toBe(false);
    expect(help.choices.map((c) => c.stageId)).toContain('smot');
  });

  it('knows national variants of the big platforms', () => {
    expect(findKnownSite('www.google.de')).toMatchObject({ name: 'Google', sourceType: 'search' });
    expect(findKnownSite('www.amazon.fr')).toMatchObject({ name: 'Amazon', sourceType: 'marketplace' });
    expect(findKnownSite('www.amazon.com.br')).toMatchObject({ name: 'Amazon', sourceType: 'marketplace' });
  });
});
