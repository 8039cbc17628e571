import type { JourneyLensDB } from './database';
import { backupReminderPref } from '../preferences/backup-reminder';
import { hiddenHighlightsPref } from '../preferences/hidden-highlights';
import { settingsPref } from '../preferences/settings';
import { readViewPrefs, viewPrefsPref } from '../preferences/view-prefs';

/** Where versions before extension-storage preferences kept them: rows of the database's `meta` table. */
export const LEGACY_META_KEYS = {
  settings: 'settings',
  hiddenHighlights: 'highlightsHidden',
  lastBackupAt: 'lastBackupAt',
  clipsSinceBackup: 'clipsSinceBackup',
  /** `view:<studyId>`: one study's matrix arrangement. */
  viewPrefix: 'view:',
} as const;

/**
 * Moves preferences an older version kept in the `meta` table into their
 * extension-storage items, once (the service worker runs it on every start;
 * with nothing left to move it reads a few keys). A value already in storage
 * wins (it was written since the update); each row goes only after its value
 * is stored, so nothing is lost if the worker stops halfway. Returns the keys moved.
 */
export async function movePreferencesOutOfMeta(db: JourneyLensDB): Promise<string[]> {
  const K = LEGACY_META_KEYS;
  const [settings, hidden, lastBackupAt, clipsSinceBackup] = await db.meta.bulkGet([K.settings, K.hiddenHighlights, K.lastBackupAt, K.clipsSinceBackup]);
  const views = await db.meta.where('key').startsWith(K.viewPrefix).toArray();
  const moved: string[] = [];

  if (settings) {
    if (!(await settingsPref.isStored())) await settingsPref.set(settingsPref.parse(settings.value));
    moved.push(K.settings);
  }
  if (hidden) {
    if (!(await hiddenHighlightsPref.isStored())) await hiddenHighlightsPref.set(hiddenHighlightsPref.parse(hidden.value));
    moved.push(K.hiddenHighlights);
  }
  if (lastBackupAt || clipsSinceBackup) {
    if (!(await backupReminderPref.isStored())) {
      await backupReminderPref.set(backupReminderPref.parse({ lastBackupAt: lastBackupAt?.value ?? null, clipsSinceBackup: clipsSinceBackup?.value ?? 0 }));
    }
    if (lastBackupAt) moved.push(K.lastBackupAt);
    if (clipsSinceBackup) moved.push(K.clipsSinceBackup);
  }
  if (views.length) {
    await viewPrefsPref.update((all) => {
      const next = { ...all };
      for (const row of views) {
        const studyId = row.key.slice(K.viewPrefix.length);
        next[studyId] ??= readViewPrefs(row.value);
      }
      return next;
    });
    moved.push(...views.map((r) => r.key));
  }
  if (moved.length) await db.meta.bulkDelete(moved);
  return moved;
}
