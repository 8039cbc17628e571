/**
 * Runs inside a page (Playwright or Puppeteer `evaluate`): selects the text of
 * `selector` — all of it, or `fragment` — and ends with a mouse-up there, as a
 * user's drag would. Self-contained: it is serialised into the page.
 */
export function selectInPage({ selector, fragment }: { selector: string; fragment?: string }): void {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  const range = document.createRange();
  const text = el.firstChild as Text;
  if (fragment) {
    const at = text.data.indexOf(fragment);
    if (at < 0) throw new Error(`"${fragment}" not in ${selector}`);
    range.setStart(text, at);
    range.setEnd(text, at + fragment.length);
  } else range.selectNodeContents(el);
  const sel = getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  const r = range.getBoundingClientRect();
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
}
