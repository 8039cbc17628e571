import { z } from 'zod';
import { ClipItemSchema } from '../model/clip-item';

/**
 * The item read around a selection: what the clip stores (`ClipItem`) plus
 * what brand detection reads — the thing reviewed and the item's own text.
 */
export const PageItemSchema = ClipItemSchema.extend({
  /** The thing reviewed or sold, by name (`itemReviewed`, the listing's brand). */
  about: z.string().max(300).default(''),
  /** The item's text (the post around the selection), bounded. */
  text: z.string().max(3000).default(''),
});
export type PageItem = z.infer<typeof PageItemSchema>;
