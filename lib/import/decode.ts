/** The encodings the import reads, as named in the preview. */
export type CsvEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

/**
 * A spreadsheet's text file as text, and which encoding was read: a BOM says
 * UTF-8 or UTF-16 (LE/BE; Excel's and LibreOffice's "Unicode Text"); without
 * one, UTF-16 is recognised by its zero bytes, else the bytes are UTF-8 when
 * they are valid UTF-8, and only otherwise Windows-1252 (Excel's plain CSV).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const bom16 = utf16WithoutBom(bytes);
  if (bom16) return { text: new TextDecoder(bom16 === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: bom16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest are Latin-1); undefined bytes stay as their code. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Windows-1252 by table (TextDecoder's `windows-1252` is Latin-1 in some runtimes). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j]!;
      chars[j] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

/** UTF-16 without a BOM: most of the first bytes at odd (LE) or even (BE) positions are zero. */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'UTF-16 LE';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'UTF-16 BE';
  return null;
}
