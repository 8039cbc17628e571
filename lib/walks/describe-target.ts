/**
 * What a walk step says about the element acted on: the visible text of a
 * link or button, or the label of a field typed in — never a field's value.
 * Password fields and payment fields are not described at all (the step is
 * skipped). Runs in the page (the recorder); plain DOM, no page HTML parsed.
 */

const MAX = 120;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX);

/** Payment fields by their autocomplete tokens or names: skipped like passwords. */
const PAYMENT = /(^|\s)cc-|card.?(number|num|holder|cvc|cvv|code|expir)|\bcvc\b|\bcvv\b|\biban\b|security.?code|卡号|卡號|安全码|安全碼/i;

/** A field whose existence alone must not be recorded: passwords and payment details. */
export function isSecretField(el: Element): boolean {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return false;
  if (el instanceof HTMLInputElement && el.type === 'password') return true;
  const hints = [el.getAttribute('autocomplete'), el.getAttribute('name'), el.id, el.getAttribute('aria-label'), el.getAttribute('placeholder')].join(' ');
  return PAYMENT.test(hints);
}

/** Text fields, where typing would be recorded only as "typed in the field labelled …". */
export function isTypingField(el: Element): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (!(el instanceof HTMLInputElement)) return (el as HTMLElement).isContentEditable === true;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'hidden', 'range', 'color'].includes(el.type);
}

/** The label a person reads for a field: aria-label(ledby), <label>, placeholder, title, name. Never its value. */
export function fieldLabel(el: Element): string {
  const doc = el.ownerDocument;
  const aria = squash(el.getAttribute('aria-label'));
  if (aria) return aria;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = squash(labelledBy.split(/\s+/).map((id) => textWithoutFields(doc.getElementById(id))).join(' '));
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) {
    const text = squash([...labels].map((l) => textWithoutFields(l)).join(' '));
    if (text) return text;
  }
  return squash(el.getAttribute('placeholder')) || squash(el.getAttribute('title')) || squash(el.getAttribute('name')) || squash(el.id);
}

/** A label's text without the text of fields inside it (a wrapped <select>'s options are values). */
function textWithoutFields(node: Element | null): string {
  if (!node) return '';
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n instanceof Element && !/^(input|select|textarea|option|script|style)$/i.test(n.localName)) n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

const ACTIONABLE =
  'a[href],button,[role="button"],[role="link"],[role="tab"],[role="menuitem"],[role="option"],input[type="submit"],input[type="button"],input[type="image"],input[type="checkbox"],input[type="radio"],summary,label,select';

/** The element a click acted on: the nearest link, button or control around the clicked node. */
export function actionTarget(node: Element): Element {
  return node.closest(ACTIONABLE) ?? node;
}

/** What a click step says: "Add to cart", "Size 42", the alt of an image link… */
export function clickText(el: Element): string {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return fieldLabel(el);
  if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) return squash(el.value) || fieldLabel(el);
  const aria = squash(el.getAttribute('aria-label'));
  if (aria) return aria;
  const text = squash(textWithoutFields(el));
  if (text) return text;
  const img = el.querySelector('img[alt]');
  return squash(img?.getAttribute('alt')) || squash(el.getAttribute('title')) || el.localName;
}

/** What a form-sent step says: the form's name, or its submit button's text. */
export function formText(form: HTMLFormElement, submitter?: Element | null): string {
  const aria = squash(form.getAttribute('aria-label'));
  if (aria) return aria;
  if (submitter) return clickText(submitter);
  const button = form.querySelector('button[type="submit"],button:not([type]),input[type="submit"]');
  return button ? clickText(button) : squash(form.getAttribute('name')) || 'form';
}
