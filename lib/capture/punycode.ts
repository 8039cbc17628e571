/**
 * Decodes one IDNA label (`xn--fsqu00a` → `例子`, RFC 3492). Host names come
 * out of `URL` in this ASCII form; a brand named from its domain should read
 * as people write it. Labels that are not valid Punycode come back unchanged.
 */
export function decodeIdnLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const input = label.slice(4).toLowerCase();
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const cut = input.lastIndexOf('-');
  const output = cut > 0 ? [...input.slice(0, cut)].map((c) => c.codePointAt(0)!) : [];
  if (output.some((c) => c >= 0x80)) return label;
  let n = 128, i = 0, bias = 72;
  const adapt = (delta: number, points: number, first: boolean) => {
    delta = first ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / points);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length; ) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (pos >= input.length) return label;
      const c = input.charCodeAt(pos++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : -1;
      if (digit < 0) return label;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (i > 0x10ffff * 64) return label;
    }
    const len = output.length + 1;
    bias = adapt(i - oldI, len, oldI === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) return label;
    output.splice(i++, 0, n);
  }
  return output.length ? String.fromCodePoint(...output) : label;
}
