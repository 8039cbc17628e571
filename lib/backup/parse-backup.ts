import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type BackupDoc } from './backup-schema';

/** The largest backup file we read (a study with many screenshots can be large). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export type ParseBackupResult =
  | { ok: true; doc: BackupDoc }
  | { ok: false; code: 'too-large' | 'not-json' | 'not-backup' | 'newer-version' | 'invalid'; message: string };

/**
 * Reads a backup file's text. The whole file is validated before anything is
 * written; older format versions are upgraded here, one step per version.
 */
export function parseBackup(text: string): ParseBackupResult {
  if (text.length > MAX_BACKUP_BYTES) {
    return { ok: false, code: 'too-large', message: `the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, code: 'not-json', message: `the file is not valid JSON (${(e as Error).message.slice(0, 120)})` };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, code: 'not-backup', message: 'the file is not a Journey Lens backup' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid', message: 'the backup has no valid format version' };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: `the backup was made by a newer Journey Lens (format ${version}; this version reads up to ${BACKUP_VERSION}). Update the extension and try again.`,
    };
  }
  // Older versions are upgraded to BACKUP_VERSION here, step by step.
  let doc = raw as Record<string, unknown>;
  // 1 → 2: the coverage rubric did not exist yet; the schema defaults a missing `rubric` to no ticks.
  if (version === 1) doc = { ...doc, version: 2 };
  const parsed = BackupSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return { ok: false, code: 'invalid', message: issues.join('; ') + more };
  }
  return { ok: true, doc: parsed.data };
}
