// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { actionTarget, clickText, fieldLabel, formText, isSecretField, isTypingField } from '../../../lib/walks/describe-target';

function page(html: string) {
  document.body.innerHTML = html;
  return document.body;
}

describe('what a walk step says about an element', () => {
  it('names a field by its label, never by its value', () => {
    page(`<form aria-label="Guest checkout">
      <label for="e">Email</label><input id="e" type="email" value="ana@example.com">
      <label>Size <select id="s"><option>41</option><option selected>42</option></select></label>
      <input id="z" placeholder="Postcode" value="LV-1010">
      <input id="pw" type="password" value="hunter2">
      <input id="cc" autocomplete="cc-number" value="4111111111111111">
      <input id="cvc" name="card_cvc" value="123">
      <button id="go">Continue</button>
    </form>`);
    const $ = (id: string) => document.getElementById(id)!;
    expect(fieldLabel($('e'))).toBe('Email');
    expect(fieldLabel($('s'))).toBe('Size');
    expect(fieldLabel($('z'))).toBe('Postcode');
    for (const id of ['e', 's', 'z']) {
      expect(isSecretField($(id))).toBe(false);
      expect(isTypingField($(id))).toBe(true);
    }
    for (const id of ['pw', 'cc', 'cvc']) expect(isSecretField($(id))).toBe(true);
    const all = ['e', 's', 'z'].map((id) => fieldLabel($(id))).join(' ');
    for (const value of ['ana@example.com', '42', 'LV-1010']) expect(all).not.toContain(value);
    expect(formText($('go').closest('form')!)).toBe('Guest checkout');
  });

  it('names a click by the visible text of the link or button around it', () => {
    page(`<a id="a" href="/cart"><span id="inner">Add to <b>cart</b></span></a>
      <button id="icon" aria-label="Close"><svg></svg></button>
      <a id="img" href="/"><img alt="Acme home"></a>
      <label><input id="cb" type="checkbox"> Gift wrap</label>`);
    const $ = (id: string) => document.getElementById(id)!;
    expect(clickText(actionTarget($('inner')))).toBe('Add to cart');
    expect(clickText($('icon'))).toBe('Close');
    expect(clickText($('img'))).toBe('Acme home');
    expect(clickText($('cb'))).toBe('Gift wrap');
  });
});
