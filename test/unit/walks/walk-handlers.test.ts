import { describe, expect, it } from 'vitest';
import { createWalkHandlers, joiningWalks, type WalkTab } from '../../../lib/background/walk-handlers';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { maskUrl, stepsOfWalk, walkOfTab } from '../../../lib/walks/walks-repo';
import { recordedStepKey } from '../../../lib/walks/recorded-step-key';
import { draft, freshDb } from '../db/helpers';

const ORIGIN = 'chrome-extension://abc';

async function setup() {
  const { db, study } = await freshDb();
  const tabs = new Map<number, WalkTab>([[3, { url: 'https://acme.test/p/1?utm_source=x#top', title: 'Boot', windowId: 1, active: true }]]);
  const injected: number[] = [];
  const removed: string[][] = [];
  const walks = createWalkHandlers({
    db,
    locale: 'en',
    defaultStudyName: 'Default study',
    extensionOrigin: ORIGIN,
    getTab: async (id) => tabs.get(id),
    injectRecorder: async (id) => void injected.push(id),
    removeRecorded: async (keys) => void removed.push(keys),
  });
  return { db, study, tabs, injected, removed, walks };
}

const own = { id: 'ext', url: `${ORIGIN}/popup.html` };

describe('walk handlers (background)', () => {
  it('only the extension’s own pages start walks; a start records the first page and loads the recorder', async () => {
    const { db, walks, injected } = await setup();
    await expect(walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, { id: 'ext', tab: { id: 9 }, url: 'https://evil.test/' })).rejects.toThrow();
    const answer = await walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, own);
    expect(answer.ok && answer.walk).toMatchObject({ task: 'Buy', brandName: 'Acme', stageLabel: 'AMOT', status: 'recording', steps: 1 });
    expect(injected).toEqual([3]);
    const walk = (await walkOfTab(db, 3))!;
    // The address is kept without its query values and fragment.
    expect((await stepsOfWalk(db, walk.id))[0]).toMatchObject({ action: 'page', url: 'https://acme.test/p/1?utm_source=…', title: 'Boot' });
    await expect(walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'nope', screenshots: false }, own)).rejects.toThrow(/stage/);
  });

  it('steps handed over through storage are validated, stored once, and removed; a tab can control only its own walk', async () => {
    const { db, walks, removed } = await setup();
    await walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, own);
    const walk = (await walkOfTab(db, 3))!;
    const step = { walkId: walk.id, step: { id: 's1', action: 'click', targetText: 'Add to cart', url: 'https://acme.test/p/1', title: 'Boot', at: new Date(Date.now() + 1000).toISOString() } };
    await walks.ingestRecorded({ [recordedStepKey('s1')]: step, [recordedStepKey('bad')]: { walkId: walk.id, step: { id: 'bad', action: 'typed-value', url: 'javascript:alert(1)' } }, unrelated: 1 });
    await walks.ingestRecorded({ [recordedStepKey('s1')]: step });
    expect((await stepsOfWalk(db, walk.id)).map((s) => s.action)).toEqual(['page', 'click']);
    expect(removed).toEqual([[recordedStepKey('s1'), recordedStepKey('bad')], [recordedStepKey('s1')]]);
    await expect(walks.handlers['walk/control']({ type: 'walk/control', walkId: walk.id, control: 'stop', note: '' }, { id: 'ext', tab: { id: 4 } })).rejects.toThrow();
    const stopped = await walks.handlers['walk/control']({ type: 'walk/control', walkId: walk.id, control: 'stop', note: '' }, { id: 'ext', tab: { id: 3 } });
    expect(stopped.ok && stopped.walk.status).toBe('stopped');
    // A step arriving after the stop is dropped.
    await walks.ingestRecorded({ [recordedStepKey('s2')]: { ...step, step: { ...step.step, id: 's2' } } });
    expect(await stepsOfWalk(db, walk.id)).toHaveLength(2);
  });

  it('navigation adds page steps to a recording walk, a closed tab ends it, and clips made meanwhile join it', async () => {
    const { db, walks, tabs } = await setup();
    await walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, own);
    const walk = (await walkOfTab(db, 3))!;
    tabs.set(3, { url: 'https://pay.example/checkout', title: 'Pay' });
    await walks.onTabUpdated(3, { status: 'loading', url: 'https://pay.example/checkout' }, tabs.get(3)!);
    await walks.onTabUpdated(3, { status: 'complete' }, tabs.get(3)!);
    await walks.onClipSaved(3, { id: 'clip1', url: 'https://pay.example/checkout', quote: 'Only card payments' });
    await walks.onTabUpdated(5, { status: 'complete' }, { url: 'https://elsewhere.test/' });
    expect((await stepsOfWalk(db, walk.id)).map((s) => [s.action, s.url])).toEqual([
      ['page', 'https://acme.test/p/1?utm_source=…'],
      ['page', 'https://pay.example/checkout'],
      ['clip', 'https://pay.example/checkout'],
    ]);
    await walks.onTabRemoved(3);
    expect((await db.walks.get(walk.id))?.status).toBe('stopped');
  });

  it('the walk shortcut stops the tab’s walk, else asks for the dialog', async () => {
    const { db, walks } = await setup();
    expect(await walks.onWalkCommand(3)).toBe('dialog');
    expect(await walks.onWalkCommand(undefined)).toBe('dialog');
    await walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, own);
    expect(await walks.onWalkCommand(3)).toBe('stopped');
    expect(await walkOfTab(db, 3)).toBeUndefined();
  });

  it('a clip saved (through the capture handler) in the tab of a recording walk joins it; a failed save or another tab does not', async () => {
    const { db, study, walks } = await setup();
    await walks.handlers['walk/start']({ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'amot', screenshots: false }, own);
    const walk = (await walkOfTab(db, 3))!;
    const capture = joiningWalks(
      createCaptureHandlers({ db, locale: 'en', defaultStudyName: 'Default', injectForm: async () => undefined, captureTab: async () => { throw new Error('no tab'); } }),
      walks.onClipSaved,
    );
    const clip = draft({ studyId: study.id, url: 'https://acme.test/p/1', title: 'Boot', quote: 'Free returns for 30 days' });
    const saved = await capture['clip/save']({ type: 'clip/save', draft: clip, withScreenshot: false }, { id: 'ext', tab: { id: 3 }, frameId: 0 });
    expect(saved).toMatchObject({ ok: true, clipId: clip.id });
    const elsewhere = draft({ studyId: study.id, url: 'https://acme.test/p/2', quote: 'Ships in 2 days' });
    await capture['clip/save']({ type: 'clip/save', draft: elsewhere, withScreenshot: false }, { id: 'ext', tab: { id: 4 }, frameId: 0 });
    await capture['clip/save']({ type: 'clip/save', draft: { ...clip, id: 'other-study', studyId: 'no-such-study' }, withScreenshot: false }, { id: 'ext', tab: { id: 3 }, frameId: 0 }).catch(() => undefined);
    const steps = await stepsOfWalk(db, walk.id);
    expect(steps.filter((s) => s.action === 'clip').map((s) => [s.clipId, s.url, s.title, s.targetText])).toEqual([[clip.id, 'https://acme.test/p/1', 'Boot', 'Free returns for 30 days']]);
  });

  it('masks query values so typed searches never reach a walk through its address', () => {
    expect(maskUrl('https://shop.test/search?q=red%20boots&page=2#results')).toBe('https://shop.test/search?q=…&page=…');
    expect(maskUrl('https://shop.test/p/1')).toBe('https://shop.test/p/1');
  });
});
