import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { createSettingsHandlers } from '../../../lib/background/settings-handlers';
import { META_KEYS, getMeta, setMeta } from '../../../lib/db/meta-repo';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { getSettings, setClipButtonForSite, updateSettings } from '../../../lib/settings/settings-repo';
import { freshDb } from '../db/helpers';

describe('settings repo', () => {
  it('a fresh database has the defaults, and nothing is written by reading', async () => {
    const { db } = await freshDb();
    expect(await getSettings(db)).toEqual({ clipButton: true, clipButtonOffSites: [], screenshotDefault: false });
    expect(await getMeta(db, META_KEYS.settings)).toBeUndefined();
  });

  it('updates one field and keeps the others; the stored record is the validated whole', async () => {
    const { db } = await freshDb();
    await updateSettings(db, { screenshotDefault: true });
    await updateSettings(db, { clipButton: false });
    expect(await getSettings(db)).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
    expect(await getMeta(db, META_KEYS.settings)).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
  });

  it('refuses an invalid value and leaves the stored settings as they were', async () => {
    const { db } = await freshDb();
    await updateSettings(db, { clipButton: false, screenshotDefault: true });
    await expect(updateSettings(db, { clipButton: 'nope' as unknown as boolean })).rejects.toThrow();
    await expect(updateSettings(db, { clipButtonOffSites: ['<b>x</b>'] })).rejects.toThrow();
    await expect(updateSettings(db, { extra: 1 } as never)).rejects.toThrow();
    expect(await getMeta(db, META_KEYS.settings)).toEqual({ clipButton: false, clipButtonOffSites: [], screenshotDefault: true });
  });

  it('reads a damaged record as defaults field by field', async () => {
    const { db } = await freshDb();
    await setMeta(db, META_KEYS.settings, { clipButton: false, clipButtonOffSites: ['ok.test', { evil: 1 }], screenshotDefault: 7 });
    expect(await getSettings(db)).toEqual({ clipButton: false, clipButtonOffSites: ['ok.test'], screenshotDefault: false });
  });

  it('turns sites off and on by site key (www. or not), without duplicates', async () => {
    const { db } = await freshDb();
    await setClipButtonForSite(db, 'www.acme.test', false);
    await setClipButtonForSite(db, 'acme.test', false);
    await setClipButtonForSite(db, 'Globex.test', false);
    expect((await getSettings(db)).clipButtonOffSites).toEqual(['acme.test', 'globex.test']);
    await setClipButtonForSite(db, 'WWW.ACME.TEST', true);
    expect((await getSettings(db)).clipButtonOffSites).toEqual(['globex.test']);
    await expect(setClipButtonForSite(db, 'not a host', false)).rejects.toThrow(/not a host/);
    expect((await getSettings(db)).clipButtonOffSites).toEqual(['globex.test']);
  });

  it('two changes at once both land (each is read-merge-write in one transaction)', async () => {
    const { db } = await freshDb();
    await Promise.all([
      setClipButtonForSite(db, 'a.test', false),
      setClipButtonForSite(db, 'b.test', false),
      updateSettings(db, { screenshotDefault: true }),
      updateSettings(db, (s) => ({ clipButtonOffSites: [...s.clipButtonOffSites, 'c.test'] })),
    ]);
    const s = await getSettings(db);
    expect([...s.clipButtonOffSites].sort()).toEqual(['a.test', 'b.test', 'c.test']);
    expect(s.screenshotDefault).toBe(true);
  });
});

const ID = 'ext';
const ORIGIN = 'chrome-extension://ext';

describe('background answers with the settings', () => {
  async function setup() {
    const { db } = await freshDb();
    const sent: number[] = [];
    const handlers = {
      ...createCaptureHandlers({ db, locale: 'en', defaultStudyName: 'Default', injectForm: async () => undefined, captureTab: async () => { throw new Error('no'); } }),
      ...createSettingsHandlers({
        extensionOrigin: ORIGIN,
        webTabs: async () => [1, 2, 3],
        sendToTab: async (id) => {
          if (id === 2) throw new Error('Could not establish connection'); // a tab without our script
          sent.push(id);
        },
      }),
    } as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log: () => undefined });
    return { db, route, sent };
  }
  const tab = (url: string, frameUrl = url) => ({ id: ID, url: frameUrl, tab: { id: 7, url }, frameId: frameUrl === url ? 0 : 3 });

  it('page/clip-count says whether the Clip button shows, for the frame and for the tab page', async () => {
    const { db, route } = await setup();
    const ask = (url: string, sender = tab(url)) => route({ type: 'page/clip-count', url }, sender);
    expect(await ask('https://acme.test/')).toEqual({ ok: true, count: 0, clipButton: true });
    await setClipButtonForSite(db, 'acme.test', false);
    expect(await ask('https://www.acme.test/pricing')).toMatchObject({ clipButton: false });
    expect(await ask('https://globex.test/')).toMatchObject({ clipButton: true });
    // A frame from another site inside an acme.test page: off, as the user is on acme.test.
    expect(await ask('https://widgets.test/embed', tab('https://acme.test/', 'https://widgets.test/embed'))).toMatchObject({ clipButton: false });
    await updateSettings(db, { clipButton: false });
    expect(await ask('https://globex.test/')).toMatchObject({ clipButton: false });
  });

  it('form/context carries the screenshot default', async () => {
    const { db, route } = await setup();
    const ask = () => route({ type: 'form/context', url: 'https://acme.test/', meta: {}, selection: 'x' }, tab('https://acme.test/'));
    expect(await ask()).toMatchObject({ ok: true, screenshotDefault: false });
    await updateSettings(db, { screenshotDefault: true });
    expect(await ask()).toMatchObject({ ok: true, screenshotDefault: true });
  });

  it('settings/changed from our page tells every web tab; a tab without our script does not fail it', async () => {
    const { route, sent } = await setup();
    expect(await route({ type: 'settings/changed' }, { id: ID, url: `${ORIGIN}/options.html`, tab: { id: 9, url: `${ORIGIN}/options.html` } })).toEqual({ ok: true, tabs: 2 });
    expect(sent).toEqual([1, 3]);
    // The popup has no tab.
    expect(await route({ type: 'settings/changed' }, { id: ID, url: `${ORIGIN}/popup.html` })).toMatchObject({ ok: true });
  });

  it('settings/changed from a content script is refused and tells no tab', async () => {
    const { route, sent } = await setup();
    expect(await route({ type: 'settings/changed' }, tab('https://evil.test/'))).toMatchObject({ ok: false, code: 'forbidden' });
    // A content script on a page that is not http(s) (file:, data:, another extension's page) is refused too.
    expect(await route({ type: 'settings/changed' }, tab('file:///home/me/page.html'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(sent).toEqual([]);
  });
});
