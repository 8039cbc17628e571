import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { createCaptureHandlers } from '@/lib/background/capture-handlers';
import { onCommand } from '@/lib/background/commands';
import { onMenuClick, registerContextMenus } from '@/lib/background/context-menus';
import { captureVisibleTab } from '@/lib/background/screenshot';
import { createHighlightHandlers } from '@/lib/background/highlight-handlers';
import { createSettingsHandlers } from '@/lib/background/settings-handlers';
import { getDb } from '@/lib/db/database';
import { ensureDefaults } from '@/lib/db/studies-repo';
import { createRouter } from '@/lib/messaging/router';
import { platform } from '@/lib/platform';
import { shippedModelLoader } from '@/lib/stage-model/shipped-model';
import { STAGE_MODEL_PATH } from '@/lib/stage-model/model-bundle';

export default defineBackground(() => {
  const db = getDb();
  const locale = uiLocale();
  const defaultStudyName = i18n.t('defaultStudyName');

  const setBadge = async (tabId: number, count: number) => {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2563eb' });
  };
  const route = createRouter(
    {
      ...createHighlightHandlers({
        db,
        locale,
        setBadge,
        async injectHighlighter(tabId, frameId) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/highlighter.js'] });
        },
      }),
      ...createCaptureHandlers({
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
    }),
      ...createSettingsHandlers({
        extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
        async webTabs() {
          const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
          return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
        },
        sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      }),
    },
    { extensionId: browser.runtime.id, extensionOrigin: new URL(browser.runtime.getURL('/')).origin },
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener((details) => {
    void ensureDefaults(db, defaultStudyName);
    registerContextMenus();
    // First run: the welcome page explains the framework and sets up a study.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void ensureDefaults(db, defaultStudyName);

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  // The handlers the menus and the command call, reachable from the worker's
  // own console (and the e2e tests); no web page or other extension can see this scope.
  Object.assign(globalThis, { journeyLens: { onMenuClick, onCommand } });

  platform.configureSidePanel();
});
