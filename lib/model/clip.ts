import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from './ids';
import { StageIdSchema } from './framework';
import { SelectorsSchema } from './selectors';
import { ClipItemSchema } from './clip-item';
import {
  BehaviorSchema,
  ClipKindSchema,
  ScoreSchema,
  SentimentSchema,
  ServqualSchema,
  SourceTypeSchema,
} from './vocab';

/** Longest quote kept; longer selections are cut and end with `QUOTE_CUT_MARK`. */
export const MAX_QUOTE_CHARS = 100_000;
export const QUOTE_CUT_MARK = ' […]';

export const TagSchema = z.string().trim().min(1).max(60);

/** A web URL we can clip: http(s) only. */
export const WebUrlSchema = z
  .string()
  .max(8192)
  .refine((u) => /^https?:\/\//i.test(u), 'only http and https pages can be clipped');

/** The editable lenses of a clip (what the form and the side panel edit). */
export const ClipLensesSchema = z.object({
  note: z.string().max(10_000).default(''),
  tags: z.array(TagSchema).max(50).default([]),
  sentiment: SentimentSchema.nullable().default(null),
  score: ScoreSchema.nullable().default(null),
  behavior: BehaviorSchema.nullable().default(null),
  servqual: ServqualSchema.nullable().default(null),
});

export const ClipSchema = ClipLensesSchema.extend({
  id: IdSchema,
  studyId: IdSchema,
  brandId: IdSchema,
  stageId: StageIdSchema,
  kind: ClipKindSchema,
  url: WebUrlSchema,
  /** `normalizeUrl(url)`: the key a page's clips are found by on revisit. */
  urlKey: z.string().max(8192),
  title: z.string().max(1000).default(''),
  /** The site's display name (`Trustpilot`, `Acme`). */
  site: z.string().max(200).default(''),
  sourceType: SourceTypeSchema,
  /** Trimmed selected text (or the page title / link text / image alt for other kinds). */
  quote: z.string().max(MAX_QUOTE_CHARS + QUOTE_CUT_MARK.length),
  selectors: SelectorsSchema.default({}),
  /** For link and image clips: the link target or image source. */
  targetUrl: z.string().max(8192).nullable().default(null),
  screenshotId: IdSchema.nullable().default(null),
  lang: z.string().max(35).default(''),
  capturedAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** The review, post, comment or listing the selection lies in (since v6; absent on older clips). */
  item: ClipItemSchema.optional(),
});
export type Clip = z.infer<typeof ClipSchema>;
export type ClipLenses = z.infer<typeof ClipLensesSchema>;

/** Trims surrounding white space and cuts over-long selections with a visible mark. */
export function prepareQuote(raw: string): { quote: string; cut: boolean } {
  const trimmed = raw.trim();
  if (trimmed.length <= MAX_QUOTE_CHARS) return { quote: trimmed, cut: false };
  return { quote: trimmed.slice(0, MAX_QUOTE_CHARS).trimEnd() + QUOTE_CUT_MARK, cut: true };
}
