import { z } from 'zod';

/**
 * The review, post, comment or listing a clip was taken from (since v6):
 * its author's display name, its date, its own rating on a 1–5 scale, its own
 * URL when the page is a feed or a list, and on listings the product, price,
 * ISO 4217 currency and seller. Every field is optional; old clips have none.
 */
export const ITEM_KINDS = ['review', 'post', 'comment', 'listing'] as const;

export const ClipItemSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  author: z.string().max(200).default(''),
  /** ISO 8601: a date (`2026-03-05`) or a UTC time. */
  publishedAt: z.string().max(64).default(''),
  /** The item's own rating, normalised to 1–5 (one decimal). */
  rating: z.number().min(1).max(5).nullable().default(null),
  permalink: z.string().max(8192).default(''),
  product: z.string().max(300).default(''),
  price: z.number().finite().nullable().default(null),
  currency: z.string().max(8).default(''),
  seller: z.string().max(200).default(''),
});
export type ClipItem = z.infer<typeof ClipItemSchema>;

/** Whether an item says anything worth keeping. */
export function itemHasFacts(item: ClipItem | null | undefined): item is ClipItem {
  return !!item && !!(item.author || item.publishedAt || item.rating !== null || item.permalink || item.product || item.price !== null || item.seller);
}

/** The sentiment a 1–5 rating implies: 4–5 positive, 3 neutral, 1–2 negative. */
export function sentimentOfRating(rating: number): 'positive' | 'neutral' | 'negative' {
  const r = Math.round(rating);
  return r >= 4 ? 'positive' : r <= 2 ? 'negative' : 'neutral';
}
