/** Ids are made where a record is born (a clip's at capture time), so writes can be retried safely. */
export function newId(): string {
  // `crypto.randomUUID` exists only in secure contexts; content scripts also run on http pages.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** ISO-8601 UTC timestamp as stored (`2026-11-22T10:00:00.000Z`). */
export function nowIso(): string {
  return new Date().toISOString();
}
