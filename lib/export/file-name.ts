/** A study name as a file-name slug: letters, marks and digits of any script, `-` between words. */
export function slugify(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, never through a surrogate pair.
  const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '');
  return slug || 'study';
}

/** `yyyy-mm-dd` in the user's local calendar. */
export function localDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * `journey-lens-<study>-<yyyy-mm-dd>.<ext>`; a kind (`matrix`, `report`,
 * `backup`) goes before the date so several exports of a day do not clash.
 */
export function exportFileName(studyName: string, date: Date, ext: string, kind?: string): string {
  const middle = kind ? `${slugify(studyName)}-${kind}` : slugify(studyName);
  return `journey-lens-${middle}-${localDate(date)}.${ext}`;
}
