/**
 * The closed vocabularies of a clip, as plain values (no zod), so UI code can
 * list them without loading the schemas. `vocab.ts` adds the schemas.
 */

/** Where a piece of evidence was found. Values are the CSV contract (docs/ARCHITECTURE.md, Contracts). */
export const SOURCE_TYPES = [
  'competitor_site',
  'review_platform',
  'social',
  'search',
  'marketplace',
  'forum',
  'news',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Critical-moment behaviour: what the brand is doing at that moment. */
export const BEHAVIORS = ['explore', 'propose', 'act', 'confirm'] as const;
export type Behavior = (typeof BEHAVIORS)[number];

/** SERVQUAL service-quality dimensions. */
export const SERVQUAL_DIMENSIONS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;
export type Servqual = (typeof SERVQUAL_DIMENSIONS)[number];

/** How the clip was taken. */
export const CLIP_KINDS = ['selection', 'page', 'link', 'image'] as const;
export type ClipKind = (typeof CLIP_KINDS)[number];
