import { z } from 'zod';

/** Where a piece of evidence was found. Values are the CSV contract (DESIGN.md §4). */
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
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const SentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof SentimentSchema>;

/** Critical-moment behaviour: what the brand is doing at that moment. */
export const BEHAVIORS = ['explore', 'propose', 'act', 'confirm'] as const;
export const BehaviorSchema = z.enum(BEHAVIORS);
export type Behavior = z.infer<typeof BehaviorSchema>;

/** SERVQUAL service-quality dimensions. */
export const SERVQUAL_DIMENSIONS = [
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
  'tangibles',
] as const;
export const ServqualSchema = z.enum(SERVQUAL_DIMENSIONS);
export type Servqual = z.infer<typeof ServqualSchema>;

/** How the clip was taken. */
export const CLIP_KINDS = ['selection', 'page', 'link', 'image'] as const;
export const ClipKindSchema = z.enum(CLIP_KINDS);
export type ClipKind = z.infer<typeof ClipKindSchema>;

export const ScoreSchema = z.number().int().min(1).max(5);
