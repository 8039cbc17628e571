/**
 * The code of an error that has none of its own: storage errors of IndexedDB/Dexie and zod's
 * validation errors. Used by the message router (the code travels in a failed answer) and by
 * `errorText()` (an error thrown in the page itself).
 */
export function classifyError(error: Error): string {
  const name = error?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(error?.message ?? '')) return 'storage-full';
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'MissingAPIError') return 'storage-unavailable';
  if (name === 'ZodError') return 'invalid-data';
  return 'internal';
}
