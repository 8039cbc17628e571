import { z } from 'zod';
import { ClipDraftSchema, IdSchema, SourceTypeSchema, WebUrlSchema } from '../model';

/**
 * Every message a content script or page sends to the background, validated
 * with zod on arrival. Responses are plain data described by `Responses`.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /** Inject the on-demand clip form into the sending frame. */
  z.object({ type: z.literal('form/open') }),
  /** What the clip form needs: active study, stages, brands, detection. */
  z.object({
    type: z.literal('form/context'),
    url: WebUrlSchema,
    /** Page metadata read by the content script (validated by the handler). */
    meta: z.unknown(),
    selection: z.string().max(5000).default(''),
  }),
  /** Store a clip (idempotent by draft id). */
  z.object({ type: z.literal('clip/save'), draft: ClipDraftSchema, withScreenshot: z.boolean().default(false) }),
  /** How many clips the page at `url` has. */
  z.object({ type: z.literal('page/clip-count'), url: WebUrlSchema }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
/** What a sender may pass (before zod fills defaults). */
export type RequestInputOf<T extends RequestType> = Extract<z.input<typeof RequestSchema>, { type: T }>;

export interface FormStage {
  id: string;
  label: string;
  name: string;
  description: string;
  lookFor: string[];
  color: string;
}

export interface FormContext {
  study: { id: string; name: string; lenses: { sentiment: boolean; score: boolean; behavior: boolean; servqual: boolean } };
  stages: FormStage[];
  brands: string[];
  tags: string[];
  detected: { brandName: string; reason: string; brandDomain?: string };
  source: { sourceType: z.infer<typeof SourceTypeSchema>; site: string };
  suggestion: { stageId: string; reason: string } | null;
}

export type Failure = { ok: false; code: string; message: string };
export type Ok<T> = { ok: true } & T;
export type Result<T> = Ok<T> | Failure;

export interface Responses {
  'form/open': Result<Record<never, never>>;
  'form/context': Result<{ context: FormContext }>;
  'clip/save': Result<{ clipId: string; duplicate: boolean; pageCount: number; brandName: string; screenshotError?: string }>;
  'page/clip-count': Result<{ count: number }>;
}

export { TabMessageSchema, type TabMessage } from './tab-messages';

export const ClipIdSchema = IdSchema;
