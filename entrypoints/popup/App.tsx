import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { SiteToggle } from '@/components/settings/SiteToggle';
import { sendToTab } from '@/lib/messaging/client';
import { platform } from '@/lib/platform';
import { siteOfUrl } from '@/lib/settings/settings';
import { StartWalkDialog } from '@/components/walks/StartWalkDialog';
import { WALK_DIALOG_KEY } from '@/lib/walks/recorded-step-key';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The web page the popup acts on: the active tab. `?tab=<id>` names it instead
 * (the popup opened as a page of its own, as the e2e tests do).
 */
async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id).catch(() => undefined);
  return activeTab();
}

/** Two clicks to clip: open the popup, press "Clip this page". */
export function App() {
  const [error, setError] = useState('');
  const [page, setPage] = useState<{ url: string; site: string } | undefined>();
  const [walkTab, setWalkTab] = useState<{ tabId: number | undefined } | undefined>();
  useEffect(() => {
    // Opened by the walk-through shortcut: straight to the Walk-through dialog.
    void browser.storage.local.get(WALK_DIALOG_KEY).then(async (got) => {
      const asked = Number(got[WALK_DIALOG_KEY]);
      if (!asked) return;
      await browser.storage.local.remove(WALK_DIALOG_KEY);
      if (Date.now() - asked < 10_000) {
        const tab = await targetTab();
        setWalkTab({ tabId: tab?.id !== undefined && /^https?:/.test(tab.url ?? '') ? tab.id : undefined });
      }
    });
    void targetTab().then((tab) => {
      const site = siteOfUrl(tab?.url);
      if (tab?.url && site) setPage({ url: tab.url, site });
    });
  }, []);
  async function clipPage() {
    const tab = await targetTab();
    if (!tab?.id || !/^https?:/.test(tab.url ?? '')) {
      setError(i18n.t('popupNotClippable'));
      return;
    }
    try {
      await sendToTab(tab.id, { type: 'tab/clip-target', kind: 'page' }, { frameId: 0 });
      window.close();
    } catch {
      setError(i18n.t('popupReload'));
    }
  }
  async function openPanel() {
    try {
      // Called before any await: Firefox opens its sidebar only while the click is being handled.
      await platform.openSidePanelInCurrentWindow();
      window.close();
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    }
  }
  if (walkTab) {
    return (
      <main class="popup">
        <StartWalkDialog tabId={walkTab.tabId} onStarted={() => window.close()} onCancel={() => setWalkTab(undefined)} />
      </main>
    );
  }
  return (
    <main class="popup">
      <h1>{i18n.t('extName')}</h1>
      <button type="button" class="btn btn-primary" onClick={() => void clipPage()}>
        {i18n.t('popupClipPage')}
      </button>
      <button type="button" class="btn" onClick={() => void openPanel()}>
        {i18n.t('popupOpenPanel')}
      </button>
      <button
        type="button"
        class="btn"
        onClick={() => void targetTab().then((tab) => setWalkTab({ tabId: tab?.id !== undefined && /^https?:/.test(tab.url ?? '') ? tab.id : undefined }))}
      >
        {i18n.t('walkStart')}
      </button>
      <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popupOptions')}
      </button>
      {page && <SiteToggle url={page.url} site={page.site} />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </main>
  );
}
