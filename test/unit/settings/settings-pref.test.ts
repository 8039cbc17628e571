import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { getSettings, setClipButtonForSite, settingsPref, updateSettings } from '../../../lib/preferences/settings';
import { SETTINGS_KEY } from '../../../lib/preferences/keys';
import { freshDb } from '../db/helpers';

const stored = async () => (await browser.storage.local.get('settings')).settings;

beforeEach(() => fakeBrowser.reset());

describe('settings in extension storage', () => {
  it('nothing stored reads as the defaults, and reading writes nothing', async () => {
    expect(await getSettings()).toEqual({ clipButton: true, clipButtonOffSites: [], screenshotDefault: false });
    expect(await stored()).toBeUndefined();
  });

  it('updates one field and keeps the others; the stored value is the validated whole', async () => {
    await updateSettings({ screenshotDefault: true });
    await updateSettings({ clipButton: false });
    expect(await getSettings()).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
    expect(await stored()).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
  });

  it('refuses an invalid value and leaves the stored settings as they were', async () => {
    await updateSettings({ clipButton: false, screenshotDefault: true });
    await expect(updateSettings({ clipButton: 'nope' as unknown as boolean })).rejects.toThrow();
    await expect(updateSettings({ clipButtonOffSites: ['<b>x</b>'] })).rejects.toThrow();
    await expect(updateSettings({ extra: 1 } as never)).rejects.toThrow();
    expect(await stored()).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
  });

  it('reads a damaged value as defaults field by field, and a value that is not an object as the defaults', async () => {
    await browser.storage.local.set({ settings: { clipButton: false, clipButtonOffSites: ['ok.test', { evil: 1 }], screenshotDefault: 7 } });
    expect(await getSettings()).toEqual({ clipButton: false, clipButtonOffSites: ['ok.test'], screenshotDefault: false });
    await browser.storage.local.set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(settingsPref.fallback);
  });

  it('turns sites off and on by site key (www. or not), without duplicates', async () => {
    await setClipButtonForSite('www.acme.test', false);
    await setClipButtonForSite('acme.test', false);
    await setClipButtonForSite('Globex.test', false);
    expect((await getSettings()).clipButtonOffSites).toEqual(['acme.test', 'globex.test']);
    await setClipButtonForSite('WWW.ACME.TEST', true);
    expect((await getSettings()).clipButtonOffSites).toEqual(['globex.test']);
    await expect(setClipButtonForSite('not a host', false)).rejects.toThrow(/not a host/);
    expect((await getSettings()).clipButtonOffSites).toEqual(['globex.test']);
  });

  it('two changes at once both land (each read-merge-write runs alone)', async () => {
    await Promise.all([
      setClipButtonForSite('a.test', false),
      setClipButtonForSite('b.test', false),
      updateSettings({ screenshotDefault: true }),
      updateSettings((s) => ({ clipButtonOffSites: [...s.clipButtonOffSites, 'c.test'] })),
    ]);
    const s = await getSettings();
    expect([...s.clipButtonOffSites].sort()).toEqual(['a.test', 'b.test', 'c.test']);
    expect(s.screenshotDefault).toBe(true);
  });

  it('watch hears every change, validated (what pages use), and the raw key is the one the content script watches', async () => {
    expect(settingsPref.key).toBe(SETTINGS_KEY);
    const seen: boolean[] = [];
    const unwatch = settingsPref.watch((s) => seen.push(s.clipButton));
    await updateSettings({ clipButton: false });
    await updateSettings({ clipButton: true });
    await browser.storage.local.set({ settings: { clipButton: 'broken' } });
    await expect.poll(() => seen).toEqual([false, true, true]);
    unwatch();
    await updateSettings({ clipButton: false });
    expect(seen).toHaveLength(3);
  });
});

const ID = 'ext';
const ORIGIN = 'chrome-extension://ext';

describe('background answers with the settings', () => {
  async function setup() {
    const { db } = await freshDb();
    const handlers = {
      ...createCaptureHandlers({ db, locale: 'en', defaultStudyName: 'Default', injectForm: async () => undefined, captureTab: async () => { throw new Error('no'); } }),
    } as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log: () => undefined });
    return { db, route };
  }
  const tab = (url: string, frameUrl = url) => ({ id: ID, url: frameUrl, tab: { id: 7, url }, frameId: frameUrl === url ? 0 : 3 });

  it('page/clip-count says whether the Clip button shows, for the frame and for the tab page', async () => {
    const { route } = await setup();
    const ask = (url: string, sender = tab(url)) => route({ type: 'page/clip-count', url }, sender);
    expect(await ask('https://acme.test/')).toEqual({ ok: true, count: 0, clipButton: true });
    await setClipButtonForSite('acme.test', false);
    expect(await ask('https://www.acme.test/pricing')).toMatchObject({ clipButton: false });
    expect(await ask('https://globex.test/')).toMatchObject({ clipButton: true });
    // A frame from another site inside an acme.test page: off, as the user is on acme.test.
    expect(await ask('https://widgets.test/embed', tab('https://acme.test/', 'https://widgets.test/embed'))).toMatchObject({ clipButton: false });
    await updateSettings({ clipButton: false });
    expect(await ask('https://globex.test/')).toMatchObject({ clipButton: false });
  });

  it('form/context carries the screenshot default', async () => {
    const { route } = await setup();
    const ask = () => route({ type: 'form/context', url: 'https://acme.test/', meta: {}, selection: 'x' }, tab('https://acme.test/'));
    expect(await ask()).toMatchObject({ ok: true, screenshotDefault: false });
    await updateSettings({ screenshotDefault: true });
    expect(await ask()).toMatchObject({ ok: true, screenshotDefault: true });
  });

  it('no settings message is left: settings/changed is refused as unknown', async () => {
    const { route } = await setup();
    expect(await route({ type: 'settings/changed' }, { id: ID, url: `${ORIGIN}/options.html` })).toMatchObject({ ok: false });
  });
});
