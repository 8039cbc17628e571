import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { MAX_OFF_SITES, SettingsSchema, type Settings } from '../settings/settings';
import { HiddenHighlightsSchema, MAX_HIDDEN_PAGES, hiddenHighlightsPref, type HiddenHighlights } from './hidden-highlights';
import { settingsPref } from './settings';
import { readViewPrefs, viewPrefsPref } from './view-prefs';
import type { ViewPrefs } from './view-arrangement';

/**
 * The preferences a backup carries (optional: files made before have none and
 * restore with this device's preferences untouched). The backup reminder's
 * counters stay with the device: they describe its backups, not the data.
 */
export interface BackupPreferences {
  settings?: Settings;
  hiddenHighlights?: HiddenHighlights;
  viewPrefs?: Record<string, ViewPrefs>;
}

export const BackupPreferencesSchema: z.ZodType<BackupPreferences> = z.object({
  settings: SettingsSchema.optional().catch(undefined),
  hiddenHighlights: HiddenHighlightsSchema.optional().catch(undefined),
  /** Matrix arrangements of the studies in the file, by study id. */
  viewPrefs: z
    .record(IdSchema, z.unknown())
    .transform((all) => Object.fromEntries(Object.entries(all).map(([id, v]) => [id, readViewPrefs(v)])))
    .optional()
    .catch(undefined),
});

/** This device's preferences for a backup of these studies (read before the backup's database transaction). */
export async function collectPreferences(studyIds: ReadonlySet<string> | null): Promise<BackupPreferences> {
  const [settings, hiddenHighlights, views] = await Promise.all([settingsPref.get(), hiddenHighlightsPref.get(), viewPrefsPref.get()]);
  const viewPrefs = Object.fromEntries(
    Object.entries(views)
      .filter(([id]) => !studyIds || studyIds.has(id))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { settings, hiddenHighlights, viewPrefs };
}

/**
 * Writes a restored backup's preferences (after its data is stored). `replace`:
 * what the file has replaces this device's (what it lacks stays). `merge`:
 * nothing of this device's is overwritten — sites and pages are combined,
 * switches stay, and only studies without an arrangement here take the file's.
 */
export async function restorePreferences(prefs: BackupPreferences | undefined, mode: 'merge' | 'replace'): Promise<void> {
  if (!prefs) return;
  const { settings, hiddenHighlights, viewPrefs } = prefs;
  if (settings) {
    await settingsPref.update((mine): Settings =>
      mode === 'replace' ? settings : { ...mine, clipButtonOffSites: [...new Set([...mine.clipButtonOffSites, ...settings.clipButtonOffSites])].sort().slice(0, MAX_OFF_SITES) },
    );
  }
  if (hiddenHighlights) {
    await hiddenHighlightsPref.update((mine) =>
      mode === 'replace' ? hiddenHighlights : { all: mine.all, pages: [...new Set([...hiddenHighlights.pages, ...mine.pages])].slice(-MAX_HIDDEN_PAGES) },
    );
  }
  if (viewPrefs && Object.keys(viewPrefs).length) {
    await viewPrefsPref.update((mine) => {
      const next: Record<string, ViewPrefs> = { ...mine };
      for (const [id, p] of Object.entries(viewPrefs)) if (mode === 'replace' || !next[id]) next[id] = p;
      return next;
    });
  }
}

/**
 * The preferences of two merged backups, the same whichever comes first and
 * unchanged when a file meets itself: per study, and for the settings and the
 * hidden highlights, the one with the larger canonical form (`pick`). Only
 * arrangements of `studyIds` stay.
 */
export function mergeBackupPreferences(
  a: BackupPreferences | undefined,
  b: BackupPreferences | undefined,
  studyIds: ReadonlySet<string>,
  pick: <T>(x: T, y: T) => T,
): BackupPreferences | undefined {
  if (!a || !b) return a ?? b;
  const one = <T>(x: T | undefined, y: T | undefined) => (x === undefined ? y : y === undefined ? x : pick(x, y));
  const ids = [...new Set([...Object.keys(a.viewPrefs ?? {}), ...Object.keys(b.viewPrefs ?? {})])].filter((id) => studyIds.has(id)).sort();
  const settings = one(a.settings, b.settings);
  const hiddenHighlights = one(a.hiddenHighlights, b.hiddenHighlights);
  return {
    ...(settings ? { settings } : {}),
    ...(hiddenHighlights ? { hiddenHighlights } : {}),
    viewPrefs: Object.fromEntries(ids.map((id) => [id, one(a.viewPrefs?.[id], b.viewPrefs?.[id])!])),
  };
}
