import { z } from 'zod';
import { BrandNameSchema, DomainSchema } from './brand';
import { ClipLensesSchema, WebUrlSchema } from './clip';
import { StageIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';
import { SelectorsSchema } from './selectors';
import { ClipItemSchema } from './clip-item';
import { ClipKindSchema, SourceTypeSchema } from './vocab';
import { MAX_QUOTE_CHARS, QUOTE_CUT_MARK } from './clip';

/**
 * What a capture sends to be stored: a clip before its brand is resolved.
 * The id is made at capture time so a retried save is stored once.
 */
export const ClipDraftSchema = ClipLensesSchema.extend({
  id: IdSchema,
  /** Omitted: the active study. */
  studyId: IdSchema.optional(),
  stageId: StageIdSchema,
  brandName: BrandNameSchema,
  /** The page's host, added to the brand's domains when the page is the brand's own site. */
  brandDomain: DomainSchema.optional(),
  kind: ClipKindSchema,
  url: WebUrlSchema,
  title: z.string().max(1000).default(''),
  site: z.string().max(200).default(''),
  sourceType: SourceTypeSchema,
  quote: z.string().max(MAX_QUOTE_CHARS + QUOTE_CUT_MARK.length),
  selectors: SelectorsSchema.default({}),
  targetUrl: z.string().max(8192).nullable().default(null),
  lang: z.string().max(35).default(''),
  capturedAt: IsoTimeSchema,
  /** The review, post, comment or listing the selection lies in. */
  item: ClipItemSchema.optional(),
});
export type ClipDraft = z.infer<typeof ClipDraftSchema>;
export type ClipDraftInput = z.input<typeof ClipDraftSchema>;
