import type { Handlers } from '../messaging/router';

export interface SettingsDeps {
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: only our own pages may announce a change. */
  extensionOrigin: string;
  /** The ids of the open tabs showing web pages (http, https). */
  webTabs(): Promise<number[]>;
  /** Sends a message to every frame of a tab (a tab without our content script just fails). */
  sendToTab(tabId: number, message: { type: 'tab/settings-changed' }): Promise<unknown>;
}

/**
 * Settings are written by our own pages (options, popup) straight into the
 * database; they then send `settings/changed`, and the open tabs are told to
 * ask again (`page/clip-count` says whether the Clip button shows), so a change
 * reaches them without a reload. Content scripts may not send it.
 */
export function createSettingsHandlers(deps: SettingsDeps): Pick<Handlers, 'settings/changed'> {
  return {
    async 'settings/changed'(_req, sender) {
      if (!(sender.url ?? '').startsWith(`${deps.extensionOrigin}/`)) return { ok: false, code: 'forbidden', message: 'only extension pages change settings' };
      const tabs = await deps.webTabs();
      const results = await Promise.allSettled(tabs.map((id) => deps.sendToTab(id, { type: 'tab/settings-changed' })));
      return { ok: true, tabs: results.filter((r) => r.status === 'fulfilled').length };
    },
  };
}
