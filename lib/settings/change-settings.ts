import { getDb } from '../db/database';
import { request } from '../messaging/client';
import { setClipButtonForSite, updateSettings, type SettingsPatch } from './settings-repo';
import type { Settings } from './settings';

/**
 * What our pages (options, popup) call to change settings: write them, then
 * tell the background, which tells the open tabs (no reload needed). The write
 * is what counts; a background that cannot be reached only delays open tabs
 * until their next load.
 */
export async function changeSettings(patch: SettingsPatch): Promise<Settings> {
  const next = await updateSettings(getDb(), patch);
  await request({ type: 'settings/changed' });
  return next;
}

export async function changeClipButtonForSite(host: string, on: boolean): Promise<Settings> {
  const next = await setClipButtonForSite(getDb(), host, on);
  await request({ type: 'settings/changed' });
  return next;
}
