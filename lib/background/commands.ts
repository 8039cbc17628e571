import { browser } from 'wxt/browser';

/** The keyboard command handler: `clip-selection` opens the form for the tab's selection. */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== 'clip-selection' || tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'tab/clip-selection' }).catch(() => undefined);
}
