import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { createCaptureHandlers } from '@/lib/background/capture-handlers';
import { onCommand } from '@/lib/background/commands';
import { onMenuClick, registerContextMenus } from '@/lib/background/context-menus';
import { captureVisibleTab } from '@/lib/background/screenshot';
import { createHighlightHandlers } from '@/lib/background/highlight-handlers';
import { createWalkHandlers, joiningWalks } from '@/lib/background/walk-handlers';
import { captureThumb } from '@/lib/background/walk-thumb';
import { WALK_DIALOG_KEY } from '@/lib/walks/recorded-step-key';
import { createDraftHandlers } from '@/lib/background/draft-handlers';
import { createAnchorChoiceHandlers } from '@/lib/background/anchor-choice';
import { ALWAYS_ON_SCRIPT, alwaysOnScriptRuns, reinjectIntoOpenTabs } from '@/lib/background/reinject-content';
import { getDb } from '@/lib/db/database';
import { ensureDefaults } from '@/lib/db/studies-repo';
import { movePreferencesOutOfMeta } from '@/lib/db/move-preferences-out-of-meta';
import { createRouter } from '@/lib/messaging/router';
import { sendToTab } from '@/lib/messaging/client';
import { platform } from '@/lib/platform';
import { startBackgroundCatchUp } from '@/lib/sync/catch-up';
import { shippedModelLoader } from '@/lib/stage-model/shipped-model';
import { STAGE_MODEL_PATH } from '@/lib/stage-model/model-bundle';

export default defineBackground(() => {
  const db = getDb();
  const locale = uiLocale();
  // Preferences an older version kept in the database move to extension storage (once; nothing lost).
  void movePreferencesOutOfMeta(db).catch((e: unknown) => console.warn('[journey-lens] preferences not moved yet', e));
  const defaultStudyName = i18n.t('defaultStudyName');

  const setBadge = async (tabId: number, count: number) => {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2563eb' });
  };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const walks = createWalkHandlers({
    db,
    locale,
    defaultStudyName,
    extensionOrigin,
    getTab: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
    async injectRecorder(tabId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/recorder.js'] });
    },
    captureThumb,
    removeRecorded: (keys) => browser.storage.local.remove(keys),
  });
  const webTabs = async () => {
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  };
  const route = createRouter(
    {
      ...walks.handlers,
      ...createHighlightHandlers({
        db,
        locale,
        setBadge,
        async injectHighlighter(tabId, frameId) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/highlighter.js'] });
        },
      }),
      // A clip saved in a tab that records a walk joins the walk.
      ...joiningWalks(createCaptureHandlers({
      db,
      locale,
      defaultStudyName,
      async injectForm(tabId, frameId) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: ['/content-scripts/clip-form.js'],
        });
      },
      captureTab: captureVisibleTab,
      setBadge,
      stageModel: shippedModelLoader(async () => (await fetch(browser.runtime.getURL(STAGE_MODEL_PATH))).json()),
    }), walks.onClipSaved),
      ...createDraftHandlers(db),
      ...createAnchorChoiceHandlers({ db, extensionOrigin, webTabs, sendToTab }),
    },
    { extensionId: browser.runtime.id, extensionOrigin },
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Walks follow their tab across pages and sites; the state is in the database,
  // and these events wake a stopped service worker, so no step is lost.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    void walks.onTabUpdated(tabId, change, tab).catch((e: unknown) => console.warn('[journey-lens] walk step not recorded', e));
  });
  browser.tabs.onRemoved.addListener((tabId) => void walks.onTabRemoved(tabId).catch(() => undefined));
  // Steps the recorder hands over through storage (durable across navigation and a sleeping worker).
  const ingest = (entries: Record<string, unknown>) =>
    void walks.ingestRecorded(entries).catch((e: unknown) => console.warn('[journey-lens] walk steps not stored', e));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const added = Object.fromEntries(Object.entries(changes).flatMap(([k, c]) => (c.newValue === undefined ? [] : [[k, c.newValue]])));
    if (Object.keys(added).length) ingest(added);
  });
  // Any left from before the worker stopped.
  void browser.storage.local.get(null).then(ingest);

  browser.runtime.onInstalled.addListener((details) => {
    void ensureDefaults(db, defaultStudyName);
    registerContextMenus();
    // First run: the welcome page explains the framework and sets up a study.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    // Tabs open before this install, update or reload get the new content script (the old one has gone quiet).
    if ((details.reason === 'install' || details.reason === 'update') && !platform.runsContentScriptsInOpenTabs) {
      void reinjectIntoOpenTabs({
        webTabs,
        async inject(tabId) {
          const runs = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: alwaysOnScriptRuns });
          const frameIds = runs.flatMap((r) => (r.result === true ? [] : [r.frameId]));
          if (frameIds.length) await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [ALWAYS_ON_SCRIPT] });
        },
      });
    }
  });
  void ensureDefaults(db, defaultStudyName);

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'walk-toggle') return void onWalkCommand(tab?.id);
    void onCommand(command, tab);
  });

  /** The walk-through shortcut: Stop the tab's walk, or open the popup straight at the Walk-through dialog. */
  async function onWalkCommand(tabId: number | undefined) {
    // Asked first, while the command's user action lasts (Firefox opens popups only then).
    const opening = walks.onWalkCommand(tabId).then(async (did) => {
      if (did === 'stopped') {
        if (tabId !== undefined) await sendToTab(tabId, { type: 'tab/walk-changed' }, { frameId: 0 }).catch(() => undefined);
        return did;
      }
      await browser.storage.local.set({ [WALK_DIALOG_KEY]: Date.now() });
      if (!(await platform.openPopup())) await browser.storage.local.remove(WALK_DIALOG_KEY);
      return did;
    });
    return opening.catch((e: unknown) => console.warn('[journey-lens] walk shortcut failed', e));
  }

  // Shared studies catch up with their team every 15 minutes while no extension page is open.
  const syncCatchUp = startBackgroundCatchUp(db, browser.alarms);

  // The handlers the menus, the command and the alarm call, reachable from the worker's
  // own console (and the e2e tests); no web page or other extension can see this scope.
  Object.assign(globalThis, { journeyLens: { onMenuClick, onCommand, onWalkCommand, syncCatchUp } });

  platform.configureSidePanel();
});
