import { describe, expect, it } from 'vitest';
import { decodeIdnLabel } from '../../../lib/capture/punycode';

describe('decodeIdnLabel', () => {
  it('decodes IDNA labels as URL writes them, and leaves everything else alone', () => {
    const cases: [string, string][] = [
      ['例子', 'https://例子.test/'],
      ['bücher', 'https://bücher.test/'],
      ['ภาษาไทย', 'https://ภาษาไทย.test/'],
      ['mañana', 'https://mañana.test/'],
      ['小红书', 'https://小红书.test/'],
    ];
    for (const [unicode, url] of cases) {
      const ascii = new URL(url).hostname.split('.')[0]!;
      expect(ascii.startsWith('xn--'), unicode).toBe(true);
      expect(decodeIdnLabel(ascii)).toBe(unicode);
    }
    expect(decodeIdnLabel('acme')).toBe('acme');
    expect(decodeIdnLabel('xn--')).toBe('xn--');
    expect(decodeIdnLabel('xn--!!')).toBe('xn--!!');
    expect(decodeIdnLabel('xn--zzzzzzzzzzzzzzzzzzzzzzzz')).toBe('xn--zzzzzzzzzzzzzzzzzzzzzzzz');
    // Host names are case-insensitive: an upper-case label reads as URL would write it.
    expect(decodeIdnLabel('XN--BCHER-KVA')).toBe('bücher');
    // Not Punycode: a non-ASCII part before the delimiter, a leading delimiter.
    expect(decodeIdnLabel('xn--bü-kva')).toBe('xn--bü-kva');
    expect(decodeIdnLabel('xn---kva')).toBe('xn---kva');
  });
});
