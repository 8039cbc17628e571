// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createUiHost, HOST_TAG, isInsideUi, removeForeignHosts } from '../../../lib/content/ui-host';
import { buildTextIndex } from '../../../lib/anchoring/text-content';

const hostsInPage = () => [...document.querySelectorAll(HOST_TAG)];

afterEach(() => {
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  document.body.innerHTML = '';
});

describe('the one in-page UI host', () => {
  it('holds every script\'s part in one open shadow root, and goes with the last part', () => {
    const ui = createUiHost('a');
    const clipCtx = new ContentScriptContext('content');
    const formCtx = new ContentScriptContext('clip-form');
    expect(hostsInPage()).toHaveLength(0); // nothing in the page until a part is shown

    const clip = ui.part('clip', clipCtx, '.jl-clip { color: red }');
    const form = ui.part('form', formCtx, '.jl-dialog {}');
    expect(ui.part('clip', clipCtx, 'ignored')).toBe(clip); // made once
    expect(hostsInPage()).toEqual([ui.host]);
    expect(ui.host.shadowRoot).toBe(ui.root); // open: tests and assistive tech reach in
    expect([...ui.root.children].map((e) => e.localName)).toEqual(['style', 'journey-lens-clip', 'journey-lens-form']);
    expect(clip.querySelector('style')?.textContent).toBe('.jl-clip { color: red }');

    formCtx.notifyInvalidated();
    expect(form.isConnected).toBe(false);
    expect(hostsInPage()).toEqual([ui.host]); // the Clip button's part is still there

    clipCtx.notifyInvalidated();
    expect(clip.isConnected).toBe(false);
    expect(hostsInPage()).toHaveLength(0);

    // A later script mounts again into the same (re-attached) host.
    const walkCtx = new ContentScriptContext('recorder');
    ui.part('walk', walkCtx, '');
    expect(hostsInPage()).toEqual([ui.host]);
  });

  it('removes a host an earlier instance of the extension left in the page, and keeps its own', () => {
    const left = document.createElement(HOST_TAG);
    left.dataset.instance = 'old';
    document.documentElement.append(left);
    const ui = createUiHost('new');
    ui.part('clip', new ContentScriptContext('content'), '');
    expect(hostsInPage()).toEqual([ui.host]);
    removeForeignHosts('new');
    expect(hostsInPage()).toEqual([ui.host]);
    removeForeignHosts('newer');
    expect(hostsInPage()).toHaveLength(0);
  });

  it('is not page text, and knows what is inside it', () => {
    document.body.innerHTML = '<p id="p">Page text.</p>';
    const ui = createUiHost('x');
    const part = ui.part('clip', new ContentScriptContext('content'), '');
    const button = document.createElement('button');
    button.textContent = 'Clip';
    part.append(button);
    // The host is marked as ours (data-journey-lens), so anchoring skips it even if placed in the body.
    expect(ui.host.hasAttribute('data-journey-lens')).toBe(true);
    const light = document.createElement('span');
    light.textContent = 'not page text';
    ui.host.append(light);
    document.body.append(ui.host);
    expect(buildTextIndex(document.body).text).toBe('Page text.');
    expect(isInsideUi(button.firstChild)).toBe(true);
    expect(ui.contains(button)).toBe(true);
    expect(isInsideUi(document.getElementById('p'))).toBe(false);
  });
});
