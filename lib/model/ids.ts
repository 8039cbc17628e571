import { z } from 'zod';

export { newId, nowIso } from './make-id';

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, "-" and "_"');

/** ISO-8601 UTC timestamp as stored (`2026-11-22T10:00:00.000Z`). */
export const IsoTimeSchema = z.iso.datetime({ offset: false });

