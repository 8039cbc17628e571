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

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

export const platform = {
  isFirefox: import.meta.env.FIREFOX === true,

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
};
