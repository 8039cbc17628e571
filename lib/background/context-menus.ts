import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { sendToTab } from '../messaging/client';

export const MENU_IDS = {
  selection: 'jl-clip-selection',
  page: 'jl-clip-page',
  link: 'jl-clip-link',
  image: 'jl-clip-image',
} as const;

/** Creates the page context menus (on install and update). */
export function registerContextMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_IDS.selection, title: i18n.t('menuClipSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_IDS.page, title: i18n.t('menuClipPage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_IDS.link, title: i18n.t('menuClipLink'), contexts: ['link'] });
    browser.contextMenus.create({ id: MENU_IDS.image, title: i18n.t('menuClipImage'), contexts: ['image'] });
  });
}

export interface MenuClickInfo {
  menuItemId: string | number;
  linkUrl?: string;
  srcUrl?: string;
  selectionText?: string;
  frameId?: number;
}

/** What a context-menu click asks the tab's content script to do. */
export function tabMessageForMenu(info: MenuClickInfo) {
  switch (info.menuItemId) {
    case MENU_IDS.selection:
      return { type: 'tab/clip-selection' } as const;
    case MENU_IDS.page:
      return { type: 'tab/clip-target', kind: 'page' } as const;
    case MENU_IDS.link:
      return { type: 'tab/clip-target', kind: 'link', targetUrl: info.linkUrl, text: info.selectionText } as const;
    case MENU_IDS.image:
      return { type: 'tab/clip-target', kind: 'image', targetUrl: info.srcUrl } as const;
    default:
      return undefined;
  }
}

/** The context-menu handler; the keyboard command and the popup send the same tab messages. */
export async function onMenuClick(info: MenuClickInfo, tab?: { id?: number }): Promise<void> {
  const message = tabMessageForMenu(info);
  if (!message || tab?.id === undefined) return;
  await sendToTab(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
}
