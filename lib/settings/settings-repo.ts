import type { JourneyLensDB } from '../db/database';
import { META_KEYS } from '../db/meta-repo';
import { MAX_OFF_SITES, SiteHostSchema, StoredSettingsSchema, readSettings, siteKey, type Settings } from './settings';
import { AppError } from '../errors/app-error';

/** The stored settings, defaults filled in (a missing or damaged record reads as the defaults). */
export async function getSettings(db: JourneyLensDB): Promise<Settings> {
  return readSettings((await db.meta.get(META_KEYS.settings))?.value);
}

export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * Changes some settings in one transaction (read, merge, validate, write), so
 * two pages changing different settings at once both win. Returns the result.
 */
export async function updateSettings(db: JourneyLensDB, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const current = await getSettings(db);
    const change = typeof patch === 'function' ? patch(current) : patch;
    const next = StoredSettingsSchema.parse({ ...current, ...change }); // throws on a wrong value: nothing is written
    await db.meta.put({ key: META_KEYS.settings, value: next });
    return next;
  });
}

/** Turns the Clip button on or off for one site (a host; `www.` does not matter). */
export async function setClipButtonForSite(db: JourneyLensDB, host: string, on: boolean): Promise<Settings> {
  const site = siteKey(host);
  if (!SiteHostSchema.safeParse(site).success) throw new AppError('site-invalid', [host.slice(0, 100)], `not a host: ${JSON.stringify(host.slice(0, 100))}`);
  return updateSettings(db, (s) => {
    const rest = s.clipButtonOffSites.filter((h) => h !== site);
    if (!on && rest.length >= MAX_OFF_SITES) throw new AppError('sites-too-many', [String(MAX_OFF_SITES)], `at most ${MAX_OFF_SITES} sites can be listed`);
    return { clipButtonOffSites: on ? rest : [...rest, site].sort() };
  });
}
