import { sendToTab } from '../messaging/client';
import { platform } from '../platform';

/**
 * The keyboard command handler: `clip-selection` opens the form for the tab's
 * selection; `open-panel` opens the side panel (Chrome; Firefox opens its
 * sidebar itself through `_execute_sidebar_action`).
 */
export async function onCommand(command: string, tab?: { id?: number; windowId?: number }): Promise<void> {
  if (command === 'open-panel') {
    // Called at once, inside the command's user gesture, as sidePanel.open requires.
    await platform.openSidePanel(tab?.windowId).catch(() => undefined);
    return;
  }
  if (command !== 'clip-selection' || tab?.id === undefined) return;
  await sendToTab(tab.id, { type: 'tab/clip-selection' }).catch(() => undefined);
}
