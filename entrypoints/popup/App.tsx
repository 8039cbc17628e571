import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { platform } from '@/lib/platform';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Two clicks to clip: open the popup, press "Clip this page". */
export function App() {
  const [error, setError] = useState('');
  async function clipPage() {
    const tab = await activeTab();
    if (!tab?.id || !/^https?:/.test(tab.url ?? '')) {
      setError(i18n.t('popupNotClippable'));
      return;
    }
    try {
      await browser.tabs.sendMessage(tab.id, { type: 'tab/clip-target', kind: 'page' }, { frameId: 0 });
      window.close();
    } catch {
      setError(i18n.t('popupReload'));
    }
  }
  async function openPanel() {
    const tab = await activeTab();
    try {
      await platform.openSidePanel(tab?.windowId);
      window.close();
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    }
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
      <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popupOptions')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </main>
  );
}
