import { z } from 'zod';
import { HexColorSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';

export const BrandNameSchema = z.string().trim().min(1).max(120);

/** Host names a brand owns (`acme.com` covers `help.acme.com`). */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'a domain is a host name like acme.com');

export const BrandSchema = z.object({
  id: IdSchema,
  studyId: IdSchema,
  name: BrandNameSchema,
  /** `brandKey(name)`: the case- and width-folded name brands are matched by. */
  nameKey: z.string().min(1).max(120),
  domains: z.array(DomainSchema).max(100).default([]),
  aliases: z.array(BrandNameSchema).max(100).default([]),
  color: HexColorSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
});
export type Brand = z.infer<typeof BrandSchema>;

/** Folds a brand name for matching: NFKC (full-width → ASCII), lower case, single spaces. */
export function brandKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const PALETTE = [
  '#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed',
  '#db2777', '#0891b2', '#65a30d', '#ea580c', '#4f46e5',
];

/** A stable colour for the n-th brand of a study. */
export function brandColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}
