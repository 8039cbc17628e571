import { describe, expect, it } from 'vitest';
import { resemblance, resemblingBrands } from '../../../lib/capture/brand-resemblance';

const brands = [
  { id: 'a', name: 'Acme Shoes', aliases: [] },
  { id: 'b', name: 'Brightline Mattress', aliases: ['BLM'] },
  { id: 'c', name: '小米', aliases: [] },
  { id: 'd', name: 'Northwind', aliases: [] },
];

describe('brand resemblance', () => {
  it('finds the same name written without spaces or in capitals', () => {
    expect(resemblance('Acmeshoes', 'Acme Shoes')).toBe('spacing');
    expect(resemblance('ACME SHOES', 'Acme Shoes')).toBe('same');
    expect(resemblance('Ａｃｍｅ Ｓｈｏｅｓ', 'Acme Shoes')).toBe('same');
  });
  it('finds a name that starts another', () => {
    expect(resemblance('Brightline', 'Brightline Mattress')).toBe('prefix');
    expect(resemblance('小米之家', '小米')).toBe('prefix');
  });
  it('finds typos and plurals but not unrelated names', () => {
    expect(resemblance('Northwinds', 'Northwind')).toBe('prefix');
    expect(resemblance('Nortwind', 'Northwind')).toBe('close');
    expect(resemblance('Acme', 'Apex')).toBeNull();
    expect(resemblance('Nike', 'Puma')).toBeNull();
    expect(resemblance('Bright', 'Brightline Mattress')).toBe('prefix');
    expect(resemblance('Li', 'Lidl')).toBeNull();
  });
  it('lists resembling brands closest first, through aliases too', () => {
    expect(resemblingBrands('blm', brands).map((r) => [r.brand.id, r.how])).toEqual([['b', 'same']]);
    expect(resemblingBrands('Brightline', brands).map((r) => r.brand.id)).toEqual(['b']);
    expect(resemblingBrands('Zeta', brands)).toEqual([]);
  });
});
