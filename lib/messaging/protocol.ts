import { z } from 'zod';
import type { StageSuggestion } from '../stage-model/suggest';
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
  /** Inject the on-demand highlighter into the sending frame (the page has clips). */
  z.object({ type: z.literal('highlights/open') }),
  /** The clips to highlight on the page at `url`, with what the card shows. */
  z.object({ type: z.literal('page/clips'), url: WebUrlSchema }),
  /** What re-anchoring found for each clip on the page. */
  z.object({
    type: z.literal('page/anchors'),
    url: WebUrlSchema,
    results: z
      .array(
        z.object({
          clipId: IdSchema,
          status: z.enum(['anchored', 'changed', 'orphan']),
          foundText: z.string().max(200_000).default(''),
        }),
      )
      .max(5000),
  }),
  /** Hide or show highlights on this page, or everywhere. */
  z.object({ type: z.literal('highlights/hide'), url: WebUrlSchema, scope: z.enum(['page', 'all']), hidden: z.boolean() }),
  /** An extension page changed the settings: tell the open tabs (only our own pages may send it). */
  z.object({ type: z.literal('settings/changed') }),
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
  /** The likeliest two stages with their reasons; `confident`: pre-fill the first. Null: nothing to go on. */
  suggestion: StageSuggestion | null;
}

export type Failure = { ok: false; code: string; message: string };
export type Ok<T> = { ok: true } & T;
export type Result<T> = Ok<T> | Failure;

export interface Responses {
  'form/open': Result<Record<never, never>>;
  /** `screenshotDefault`: the form's screenshot checkbox starts checked (Settings). */
  'form/context': Result<{ context: FormContext; screenshotDefault: boolean }>;
  'clip/save': Result<{ clipId: string; duplicate: boolean; pageCount: number; brandName: string; screenshotError?: string }>;
  /** `clipButton`: whether the Clip button shows on this page (Settings: globally and per site). */
  'page/clip-count': Result<{ count: number; clipButton: boolean }>;
  'highlights/open': Result<Record<never, never>>;
  'page/clips': Result<{ hidden: boolean; clips: PageClip[] }>;
  'page/anchors': Result<Record<never, never>>;
  'highlights/hide': Result<Record<never, never>>;
  /** `tabs`: how many tabs were told. */
  'settings/changed': Result<{ tabs: number }>;
}

/** A clip as the highlighter needs it: where it is, and what its card says. */
export interface PageClip {
  id: string;
  quote?: { exact: string; prefix?: string; suffix?: string };
  position?: { start: number; end: number };
  stageId: string;
  stageLabel: string;
  color: string;
  brandName: string;
  note: string;
  score: number | null;
}

export { TabMessageSchema, type TabMessage } from './tab-messages';

export const ClipIdSchema = IdSchema;
