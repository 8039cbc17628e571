import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_OFF_SITES, clipButtonOn, parseSiteInput, readSettings, siteKey, siteOfUrl } from '../../../lib/settings/settings';
import { formatBytes } from '../../../lib/settings/format-bytes';

describe('settings schema', () => {
  it('reads nothing (a fresh install) as the defaults', () => {
    expect(readSettings(undefined)).toEqual({ clipButton: true, clipButtonOffSites: [], screenshotDefault: false });
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each damaged one with its default on its own', () => {
    expect(readSettings({ clipButton: false, screenshotDefault: 'yes', clipButtonOffSites: 'acme.test' })).toEqual({
      clipButton: false,
      clipButtonOffSites: [],
      screenshotDefault: false,
    });
    expect(readSettings({ screenshotDefault: true, futureSetting: 1 })).toEqual({ clipButton: true, clipButtonOffSites: [], screenshotDefault: true });
  });

  it('drops entries that are not hosts, and duplicates, from the site list', () => {
    const s = readSettings({ clipButtonOffSites: ['acme.test', 'acme.test', 42, '<script>', 'UPPER.test', 'a b.test', '', 'globex.test'] });
    expect(s.clipButtonOffSites).toEqual(['acme.test', 'globex.test']);
  });

  it('caps the site list', () => {
    const many = Array.from({ length: MAX_OFF_SITES + 5 }, (_, i) => `s${i}.test`);
    expect(readSettings({ clipButtonOffSites: many }).clipButtonOffSites).toHaveLength(MAX_OFF_SITES);
  });
});

describe('site matching', () => {
  const off = (sites: string[], clipButton = true) => ({ clipButton, clipButtonOffSites: sites, screenshotDefault: false });

  it('treats www.acme.test and acme.test as one site, whichever was listed', () => {
    expect(siteKey('WWW.Acme.Test.')).toBe('acme.test');
    expect(clipButtonOn(off(['acme.test']), 'https://www.acme.test/pricing')).toBe(false);
    expect(clipButtonOn(off(['acme.test']), 'http://acme.test:8080/')).toBe(false);
    expect(clipButtonOn(off([siteKey('www.acme.test')]), 'https://acme.test/')).toBe(false);
  });

  it('keeps other subdomains and look-alike hosts separate', () => {
    expect(clipButtonOn(off(['acme.test']), 'https://help.acme.test/')).toBe(true);
    expect(clipButtonOn(off(['acme.test']), 'https://notacme.test/')).toBe(true);
    expect(clipButtonOn(off(['acme.test']), 'https://acme.test.evil.example/')).toBe(true);
    expect(clipButtonOn(off(['help.acme.test']), 'https://acme.test/')).toBe(true);
    expect(clipButtonOn(off(['help.acme.test']), 'https://help.acme.test/faq')).toBe(false);
  });

  it('is off in a frame when either the frame or the tab page is off; always off when off globally', () => {
    expect(clipButtonOn(off(['acme.test']), 'https://widgets.test/embed', 'https://acme.test/')).toBe(false);
    expect(clipButtonOn(off(['widgets.test']), 'https://widgets.test/embed', 'https://acme.test/')).toBe(false);
    expect(clipButtonOn(off(['globex.test']), 'https://widgets.test/embed', 'https://acme.test/')).toBe(true);
    expect(clipButtonOn(off([], false), 'https://acme.test/')).toBe(false);
    expect(clipButtonOn(off([]), 'https://acme.test/', undefined)).toBe(true);
  });

  it('gives no site for non-web or broken URLs', () => {
    expect(siteOfUrl('chrome-extension://abc/options.html')).toBe('');
    expect(siteOfUrl('not a url')).toBe('');
    expect(siteOfUrl(undefined)).toBe('');
    expect(siteOfUrl('https://例子.测试/a')).toBe('xn--fsqu00a.xn--0zwm56d');
  });
});

describe('"Add a site" input', () => {
  it.each([
    ['acme.test', 'acme.test'],
    ['  www.Acme.test ', 'acme.test'],
    ['https://www.acme.test/pricing?x=1#plans', 'acme.test'],
    ['http://help.acme.test', 'help.acme.test'],
    ['acme.test/pricing', 'acme.test'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
  ])('accepts %j as %j', (input, site) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, site });
  });

  it('says an empty input is empty', () => {
    expect(parseSiteInput('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['acme', 'acme test', 'ftp://acme.test', 'javascript:alert(1)', 'user@acme.test', 'acme.test:8080', 'acme_test.com', 'ac!me.test', '-acme.test', 'acme..test', '<b>acme.test</b>', '%41cme.test', 'https://', '1.2'])(
    'refuses %j',
    (input) => {
      expect(parseSiteInput(input)).toEqual({ ok: false, reason: 'invalid' });
    },
  );
});

describe('formatBytes', () => {
  it('picks a unit and formats for the locale', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(999, 'en')).toBe('999 byte');
    expect(formatBytes(1500, 'en')).toBe('1.5 kB');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(987_654_321_000, 'en')).toBe('988 GB');
    expect(formatBytes(1_234_567, 'de')).toBe('1,23 MB');
    expect(formatBytes(-5, 'en')).toBe('0 byte');
    expect(formatBytes(Number.NaN, 'en')).toBe('0 byte');
  });

  it('speaks Chinese units in Chinese', () => {
    expect(formatBytes(12_345_678, 'zh-CN')).toMatch(/^12\.3\s*(MB|兆字节)$/);
  });
});
