import type { Page } from 'playwright-core';

export interface SmallText {
  text: string;
  size: number;
  tag: string;
}

/**
 * Every visible piece of text on the page (open shadow roots included) rendered below `min` px:
 * the element holding the text node, its computed font size and the first characters.
 * Visually hidden text (1 px clip boxes for screen readers) does not count.
 */
export function textBelow(page: Page, min: number): Promise<SmallText[]> {
  return page.evaluate((min) => {
    const out: { text: string; size: number; tag: string }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('script, style, option, noscript')) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 2 || r.height <= 2) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const size = parseFloat(style.fontSize);
        if (size < min) out.push({ text: text.slice(0, 40), size, tag: el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '') });
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return out;
  }, min);
}

/** The computed font size of the body (Chrome's extension pages start it at 75 %). */
export function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
}
