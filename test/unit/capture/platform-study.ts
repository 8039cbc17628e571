import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBrand } from '../../../lib/capture/brand-detection';
import { readPageItem } from '../../../lib/capture/page-item';
import { readPageMetadata } from '../../../lib/capture/page-metadata';
import { detectSource } from '../../../lib/capture/source-type';
import { makeBrand } from './helpers';

const DIR = join(process.cwd(), 'test/fixtures/capture/platforms');

/** The study's brands, as a researcher would set them up (names, aliases — product names too — and domains). */
export const STUDY = [
  makeBrand('b-brightline', 'Brightline Mattress', ['brightline.example']),
  makeBrand('b-acme-cloud', 'Acme Cloud', ['acme-cloud.example']),
  makeBrand('b-acme', 'Acme', [], ['AcmeHelp']),
  makeBrand('b-globex', 'Globex', ['globex.example'], ['Globex Aura']),
  makeBrand('b-haier', '海尔', [], ['Haier']),
  makeBrand('b-family', '全家', [], ['FamilyMart', '全家便利商店']),
  makeBrand('b-byd', '比亚迪', [], ['BYD', '海豹']),
  makeBrand('b-xiaomi', '小米', [], ['Xiaomi', 'Redmi']),
  makeBrand('b-dyson', '戴森', [], ['Dyson']),
  makeBrand('b-notely', 'Notely'),
  makeBrand('b-shopee', '蝦皮購物', [], ['蝦皮', 'Shopee']),
  makeBrand('b-samsung', 'Samsung'),
  makeBrand('b-lancome', '兰蔻', [], ['Lancôme', 'Lancome']),
];

/** Selects `text` in the document (a Range over the text node holding it). */
export function selectIn(doc: Document, text: string): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.textContent ?? '').indexOf(text);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      return range;
    }
  }
  throw new Error(`"${text}" is not on the page`);
}

export function clipOn(file: string, url: string, selection: string, brands = STUDY) {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
  const range = selectIn(doc, selection);
  const meta = readPageMetadata(doc, url);
  meta.item = readPageItem(doc, url, range.commonAncestorContainer, selection);
  const source = detectSource(url, meta, brands);
  const brand = detectBrand({ url, meta, selection, source }, brands);
  return { meta, source, brand, item: meta.item };
}

