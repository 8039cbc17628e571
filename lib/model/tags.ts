/**
 * Splits a tags field the one way the product does everywhere (clip form,
 * clip edit, CSV import): commas and semicolons, ASCII or full-width
 * (`,` `，` `;` `；`), separate tags; each trimmed, at most 60 characters,
 * duplicates dropped, at most 50.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，;；]/)) {
    const tag = raw.trim().slice(0, 60);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}
