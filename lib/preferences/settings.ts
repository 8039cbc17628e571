import { SETTINGS_KEY } from './keys';
import { definePreference } from './preference';
import { DEFAULT_SETTINGS, MAX_OFF_SITES, SettingsSchema, SiteHostSchema, StoredSettingsSchema, siteKey, type Settings } from '../settings/settings';

/**
 * The user's settings (the Clip button everywhere and per site, the screenshot
 * default). Content scripts read them here too, and hear changes through
 * `watch` — no message carries them.
 */
export const settingsPref = definePreference<Settings>({
  key: SETTINGS_KEY,
  version: 1,
  read: SettingsSchema,
  write: StoredSettingsSchema,
  fallback: DEFAULT_SETTINGS,
});

export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/** The stored settings, defaults filled in (a missing or damaged value reads as the defaults). */
export const getSettings = (): Promise<Settings> => settingsPref.get();

/**
 * Changes some settings (read, merge, validate, write, one writer at a time),
 * so two pages changing different settings at once both win. Returns the result;
 * a wrong value throws and nothing is written.
 */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return settingsPref.update((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
}

/** Turns the Clip button on or off for one site (a host; `www.` does not matter). */
export async function setClipButtonForSite(host: string, on: boolean): Promise<Settings> {
  const site = siteKey(host);
  if (!SiteHostSchema.safeParse(site).success) throw new Error(`not a host: ${JSON.stringify(host.slice(0, 100))}`);
  return updateSettings((s) => {
    const rest = s.clipButtonOffSites.filter((h) => h !== site);
    if (!on && rest.length >= MAX_OFF_SITES) throw new Error(`at most ${MAX_OFF_SITES} sites can be listed`);
    return { clipButtonOffSites: on ? rest : [...rest, site].sort() };
  });
}
