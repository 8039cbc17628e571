import { browser } from 'wxt/browser';

/**
 * Everything that differs between Chrome and Firefox, in one place.
 * Chrome has `chrome.sidePanel`; Firefox has `sidebarAction`.
 */
type ChromeSidePanel = {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
};
type FirefoxSidebar = { open(): Promise<void>; toggle?(): Promise<void> };

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Firefox 137+ (`commands.openShortcutSettings`); absent in Chrome and older Firefox. */
function openShortcutSettingsApi(): (() => Promise<void>) | undefined {
  const commands = (browser as unknown as { commands?: { openShortcutSettings?: () => Promise<void> } }).commands;
  return typeof commands?.openShortcutSettings === 'function' ? () => commands.openShortcutSettings!() : undefined;
}

/** How the user changes the keyboard shortcuts here: a page we can open, or only words (older Firefox). */
export type ShortcutSettings = { kind: 'open'; open(): Promise<void> } | { kind: 'manual' };

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

export const platform = {
  isFirefox: import.meta.env.FIREFOX === true,

  /**
   * Whether the browser itself runs the manifest's content scripts in the tabs
   * already open when the extension is installed, updated or reloaded. Firefox
   * does; Chromium does not (MV3), so the background injects the always-on
   * script there (lib/background/reinject-content.ts).
   */
  runsContentScriptsInOpenTabs: import.meta.env.FIREFOX === true,

  configureSidePanel(): void {
    // The toolbar button opens the popup; the popup and a command open the panel.
    void chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  },

  /** Opens the side panel (Chrome) or sidebar (Firefox). Must run in a user gesture. */
  async openSidePanel(windowId?: number): Promise<void> {
    const sidebar = firefoxSidebar();
    if (sidebar) return sidebar.open();
    const panel = chromeSidePanel();
    if (panel && windowId !== undefined) return panel.open({ windowId });
    throw new Error('side panel unavailable');
  },

  /**
   * Opens the panel in the window the user is in, from a click in an extension page
   * (the popup). Call it before any `await` in the handler: Firefox's
   * `sidebarAction.open()` only works while the click is being handled, so it is
   * called at once; Chrome needs the window id, looked up first (its gesture lasts).
   */
  openSidePanelInCurrentWindow(): Promise<void> {
    const sidebar = firefoxSidebar();
    if (sidebar) return sidebar.open();
    return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => platform.openSidePanel(tab?.windowId));
  },

  /**
   * Opens the toolbar popup from a keyboard command (Chrome 127+ `action.openPopup`;
   * Firefox allows it inside the command's user action). Resolves false where the
   * browser has no way to do it.
   */
  async openPopup(): Promise<boolean> {
    const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action;
    if (!action?.openPopup) return false;
    return action.openPopup().then(
      () => true,
      () => false,
    );
  },

  /**
   * Where the keyboard shortcuts are changed. Chrome: the `chrome://extensions/shortcuts`
   * page (opened with tabs.create; no permission needed). Firefox 137+:
   * `commands.openShortcutSettings()`. Older Firefox has no way to open it:
   * the user is told where it is (about:addons → gear → Manage Extension Shortcuts).
   */
  shortcutSettings(): ShortcutSettings {
    const firefoxOpen = openShortcutSettingsApi();
    if (firefoxOpen) return { kind: 'open', open: firefoxOpen };
    if (import.meta.env.FIREFOX === true) return { kind: 'manual' };
    return { kind: 'open', open: async () => void (await browser.tabs.create({ url: 'chrome://extensions/shortcuts' })) };
  },

  /**
   * Asks for the host permission of a team's sync server (optional_host_permissions),
   * for ws/wss and http/https of that one host. Call it first in a click handler,
   * before any await: Firefox grants optional permissions only while the click is
   * being handled (and there host permissions stay optional even when listed);
   * Chrome already holds them through <all_urls> and resolves at once.
   */
  requestHostPermission(origins: string[]): Promise<boolean> {
    const permissions = (browser as unknown as { permissions?: { request(p: { origins: string[] }): Promise<boolean> } }).permissions;
    if (!permissions) return Promise.resolve(false);
    return permissions.request({ origins }).catch(() => false);
  },
};
