import punycode from 'punycode/punycode.js';

/**
 * Decodes one IDNA label (`xn--fsqu00a` → `例子`, RFC 3492) with the `punycode`
 * package (its userland build: Node's own `punycode` module is deprecated).
 * Host names come out of `URL` in this ASCII form; a brand named from its
 * domain should read as people write it. Labels that are not valid Punycode
 * come back unchanged.
 */
export function decodeIdnLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  try {
    // Host names are case-insensitive: the ASCII part reads in lower case, as URL writes it.
    const decoded = punycode.decode(label.slice(4).toLowerCase());
    return decoded || label;
  } catch {
    // RangeError: not basic code points, an invalid digit, or an overflow.
    return label;
  }
}
