/**
 * The brand and store a listing page shows in its own words: "Brand: Anker",
 * "Marke: Anker", "Visit the Anker Store", "Besuche den Anker-Store", 品牌：小米,
 * 店铺：小米官方旗舰店. Read from short visible elements only (bounded), so a
 * sentence that happens to contain "brand" is never taken.
 */

const LABEL =
  /^\s*(?:brand(?:\s*name)?|marke|marque|marca|marchio|merk|märke|marka|zīmols|prekės\s*ženklas|kaubamärk|tootja|ražotājs|品牌(?:名称|名稱)?|牌子|ブランド)\s*[:：]?\s*$/i;
const LABEL_VALUE =
  /^\s*(?:brand(?:\s*name)?|marke|marque|marca|marchio|merk|märke|marka|zīmols|prekės\s*ženklas|kaubamärk|品牌(?:名称|名稱)?|ブランド)\s*[:：]\s*(.{1,80}?)\s*$/i;
const VISIT_STORE = [
  /^\s*visit\s+the\s+(.{1,60}?)\s+store\s*$/i,
  /^\s*besuche\s+den\s+(.{1,60}?)-?\s*store\s*$/i,
  /^\s*visitez\s+la\s+boutique\s+(?:de\s+)?(.{1,60}?)\s*$/i,
  /^\s*visita\s+la\s+tienda\s+de\s+(.{1,60}?)\s*$/i,
  /^\s*visita\s+lo\s+store\s+di\s+(.{1,60}?)\s*$/i,
  /^\s*bezoek\s+de\s+(.{1,60}?)-?\s*winkel\s*$/i,
];
const STORE_LABEL = /^\s*(?:店铺|店鋪|店铺名称|店鋪名稱|商家|卖家|賣家|sold\s+by|verkauf\s+durch|pārdevējs|seller)\s*[:：]\s*(.{1,80}?)\s*$/i;
const STORE_SELECTOR =
  '#bylineInfo, [class*="shop-name" i], [class*="shopName"], [class*="store-name" i], [class*="storeName"], [class*="seller-name" i], [class*="sellerName"], [class*="shop_name"], [data-testid*="seller" i], #sellerProfileTriggerId, .J-hove-wrap .name a, .slogo-shopname';

/** `小米（MI）` → `小米`; trims quotes and trailing punctuation. */
export function cleanFieldValue(v: string): string {
  return v
    .replace(/\s+/g, ' ')
    .replace(/[（(][^）)]{1,20}[）)]\s*$/, '')
    .replace(/^["“”'「」]+|["“”'「」]+$/g, '')
    .replace(/[\s.,;:：，。]+$/, '')
    .trim()
    .slice(0, 120);
}

const shortText = (el: Element): string => {
  const t = el.textContent ?? '';
  return t.length > 140 ? '' : t.replace(/\s+/g, ' ').trim();
};

export function readBrandField(doc: Document): { brand: string; store: string } {
  let brand = '';
  let store = '';
  // Amazon-style byline link and store/seller name elements.
  for (const el of Array.from(doc.querySelectorAll(STORE_SELECTOR)).slice(0, 20)) {
    const t = shortText(el);
    if (!t) continue;
    for (const re of VISIT_STORE) {
      const m = re.exec(t);
      if (m) brand ||= cleanFieldValue(m[1]!);
    }
    const lv = LABEL_VALUE.exec(t);
    if (lv) brand ||= cleanFieldValue(lv[1]!);
    const sl = STORE_LABEL.exec(t);
    if (sl) store ||= cleanFieldValue(sl[1]!);
    else if (!lv && !VISIT_STORE.some((re) => re.test(t)) && el.id !== 'bylineInfo') store ||= cleanFieldValue(t);
  }
  // Specification rows: `<th>Brand</th><td>X</td>`, `<dt>品牌</dt><dd>X</dd>`, `<li>品牌：X</li>`.
  const cells = doc.querySelectorAll('th, td, dt, dd, li, span, label, b, strong, p, div');
  const max = Math.min(cells.length, 6000);
  // Smallest elements first (a row, not the table around it), then a little larger.
  for (let pass = 0; pass < 2; pass++)
  for (let i = 0; i < max && !(brand && store); i++) {
    const el = cells[i]!;
    const leaf = el.childElementCount === 0 || (el.childElementCount === 1 && /^(a|span|b|strong|em|font|i)$/.test(el.firstElementChild!.localName));
    if (pass === 0 ? !leaf : leaf || el.childElementCount > 4) continue;
    const t = shortText(el);
    if (!t || t.length > 100) continue;
    if (!brand) {
      const lv = LABEL_VALUE.exec(t);
      if (lv && el.childElementCount <= 2) brand = cleanFieldValue(lv[1]!);
      else if (LABEL.test(t)) {
        const next = el.nextElementSibling;
        const v = next ? shortText(next) : '';
        if (v && v.length <= 80) brand = cleanFieldValue(v);
      }
      for (const re of VISIT_STORE) {
        const m = !brand && el.localName !== 'div' ? re.exec(t) : null;
        if (m) brand = cleanFieldValue(m[1]!);
      }
    }
    if (!store) {
      const sl = STORE_LABEL.exec(t);
      if (sl && el.childElementCount <= 2) store = cleanFieldValue(sl[1]!);
    }
  }
  return { brand, store };
}
