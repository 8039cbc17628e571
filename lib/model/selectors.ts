import { z } from 'zod';

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().max(200_000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector (offsets into the page's text content). */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const SelectorsSchema = z.object({
  quote: TextQuoteSelectorSchema.optional(),
  position: TextPositionSelectorSchema.optional(),
});
export type Selectors = z.infer<typeof SelectorsSchema>;

/** A place on a page that could hold an orphaned clip's passage, described as a new clip's selectors would be. */
export const AnchorCandidateSchema = z.object({ quote: TextQuoteSelectorSchema, position: TextPositionSelectorSchema });
export type AnchorCandidate = z.infer<typeof AnchorCandidateSchema>;
/** Places listed with an orphan, at most. */
export const MAX_ANCHOR_CANDIDATES = 8;
