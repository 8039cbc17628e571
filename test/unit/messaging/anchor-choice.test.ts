import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAnchorChoiceHandlers } from '../../../lib/background/anchor-choice';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { createHighlightHandlers } from '../../../lib/background/highlight-handlers';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { draft, freshDb } from '../db/helpers';

const ID = 'ext';
const ORIGIN = 'chrome-extension://ext';
const URL_ = 'https://help.northwind.test/returns';
const SENTENCE = 'Refunds are paid back to the original payment method within five working days.';

const place = (prefix: string, suffix: string, start: number) => ({
  quote: { type: 'TextQuoteSelector' as const, exact: SENTENCE, prefix, suffix },
  position: { type: 'TextPositionSelector' as const, start, end: start + SENTENCE.length },
});

async function setup() {
  const { db, study } = await freshDb();
  const sent: number[] = [];
  const handlers = {
    ...createCaptureHandlers({ db, locale: 'en', defaultStudyName: 'Default', injectForm: async () => undefined, captureTab: async () => { throw new Error('no'); } }),
    ...createHighlightHandlers({ db, locale: 'en', injectHighlighter: async () => undefined, setBadge: async () => undefined }),
    ...createAnchorChoiceHandlers({ db, extensionOrigin: ORIGIN, webTabs: async () => [4, 5], sendToTab: async (id) => void sent.push(id) }),
  } as Handlers;
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log: () => undefined });
  const tab = { id: ID, url: URL_, tab: { id: 4, url: URL_ }, frameId: 0 };
  const panel = { id: ID, url: `${ORIGIN}/sidepanel.html` };
  const clip = draft({
    studyId: study.id,
    url: URL_,
    quote: SENTENCE,
    selectors: { quote: { type: 'TextQuoteSelector', exact: SENTENCE, prefix: 'for several orders.', suffix: 'If you paid with a gift card' }, position: { type: 'TextPositionSelector', start: 300, end: 300 + SENTENCE.length } },
  });
  expect(await route({ type: 'clip/save', draft: clip }, tab)).toMatchObject({ ok: true });
  return { db, route, tab, panel, clipId: clip.id, sent };
}

describe('choosing a place for an orphan with several matching places', () => {
  it('stores the places with the orphan, and a pick becomes the clip\'s selectors; the open tabs highlight again', async () => {
    const { db, route, tab, panel, clipId, sent } = await setup();
    const places = [place('Returns and refunds', 'You can return most items', 20), place('the product page.', 'Partners answer return requests', 420)];
    expect(await route({ type: 'page/anchors', url: URL_, results: [{ clipId, status: 'orphan', candidates: places }] }, tab)).toEqual({ ok: true });
    expect((await db.anchors.get(clipId))?.candidates).toEqual(places);

    const before = (await db.clips.get(clipId))?.selectors;
    expect(await route({ type: 'anchor/choose', clipId, index: 1 }, panel)).toEqual({ ok: true, tabs: 2, previous: before });
    const clip = await db.clips.get(clipId);
    expect(clip?.selectors).toEqual(places[1]);
    expect(clip?.quote).toBe(SENTENCE); // the evidence itself is untouched
    const state = await db.anchors.get(clipId);
    expect(state?.status).toBe('anchored');
    expect(state?.candidates).toBeUndefined();
    expect(sent).toEqual([4, 5]);
    // Nothing left to pick.
    expect(await route({ type: 'anchor/choose', clipId, index: 0 }, panel)).toMatchObject({ ok: false, code: 'no-candidate' });

    // Undo: the earlier selectors come back, and the next visit reports afresh.
    expect(await route({ type: 'anchor/restore', clipId, selectors: before! }, panel)).toEqual({ ok: true, tabs: 2 });
    expect((await db.clips.get(clipId))?.selectors).toEqual(before);
    expect(await db.anchors.get(clipId)).toBeUndefined();
    expect(sent).toEqual([4, 5, 4, 5]);
    expect(await route({ type: 'anchor/restore', clipId, selectors: places[0]! }, tab)).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await db.clips.get(clipId))?.selectors).toEqual(before);
  });

  it('refuses a pick from a content script, an index beyond the list, and malformed places', async () => {
    const { db, route, tab, panel, clipId, sent } = await setup();
    const before = (await db.clips.get(clipId))?.selectors;
    await route({ type: 'page/anchors', url: URL_, results: [{ clipId, status: 'orphan', candidates: [place('a', 'b', 0)] }] }, tab);
    expect(await route({ type: 'anchor/choose', clipId, index: 0 }, tab)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route({ type: 'anchor/choose', clipId, index: 3 }, panel)).toMatchObject({ ok: false, code: 'no-candidate' });
    expect(await route({ type: 'anchor/choose', clipId, index: 99 }, panel)).toMatchObject({ ok: false });
    // More places than allowed, or a context longer than a selector holds: refused whole.
    const many = Array.from({ length: 9 }, (_, i) => place('p', 's', i * 100));
    expect(await route({ type: 'page/anchors', url: URL_, results: [{ clipId, status: 'orphan', candidates: many }] }, tab)).toMatchObject({ ok: false });
    expect(await route({ type: 'page/anchors', url: URL_, results: [{ clipId, status: 'orphan', candidates: [place('x'.repeat(201), 's', 0)] }] }, tab)).toMatchObject({ ok: false });
    expect((await db.clips.get(clipId))?.selectors).toEqual(before);
    expect(sent).toEqual([]);
  });
});
