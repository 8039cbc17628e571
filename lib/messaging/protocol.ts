import { z } from 'zod';
import { AnchorCandidateSchema, BrandNameSchema, ClipDraftSchema, IdSchema, MAX_ANCHOR_CANDIDATES, SelectorsSchema, SourceTypeSchema, StageIdSchema, WalkTaskSchema, WebUrlSchema, type Selectors } from '../model';
import { KeptDraftSchema, type KeptDraft } from '../drafts/kept-drafts';
import type { StageSuggestion } from '../stage-model/suggest';

/**
 * Every message a content script or page sends to the background, validated
 * with zod on arrival (`lib/messaging/router.ts`). Responses are plain data
 * described by `Responses`; `BackgroundMap` pairs the two per request type.
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
          /** An orphan because several places match: those places, best first. */
          candidates: z.array(AnchorCandidateSchema).max(MAX_ANCHOR_CANDIDATES).optional(),
        }),
      )
      .max(5000),
  }),
  /** Hide or show highlights on this page, or everywhere. */
  z.object({ type: z.literal('highlights/hide'), url: WebUrlSchema, scope: z.enum(['page', 'all']), hidden: z.boolean() }),
  /**
   * The researcher picked one of the places listed with an orphaned clip
   * (AnchorState.candidates): it becomes the clip's selectors (only our own
   * pages may send it).
   */
  z.object({ type: z.literal('anchor/choose'), clipId: IdSchema, index: z.number().int().min(0).max(MAX_ANCHOR_CANDIDATES - 1) }),
  /** Undo of `anchor/choose`: the clip's selectors as they were (only our own pages may send it). */
  z.object({ type: z.literal('anchor/restore'), clipId: IdSchema, selectors: SelectorsSchema }),
  /** What the Walk-through dialog needs for a tab: study, stages, brands, the brand of the tab's site (own pages only). */
  z.object({ type: z.literal('walk/context'), tabId: z.number().int().nonnegative() }),
  /** Start recording a walk in a tab (own pages only). */
  z.object({
    type: z.literal('walk/start'),
    tabId: z.number().int().nonnegative(),
    task: WalkTaskSchema,
    brandName: BrandNameSchema,
    stageId: StageIdSchema,
    screenshots: z.boolean().default(false),
  }),
  /** The recorder asks which walk its tab is recording, if any. */
  z.object({ type: z.literal('walk/state') }),
  /** Pause, resume, stop, mark the latest step as friction, or add a note to it. */
  z.object({
    type: z.literal('walk/control'),
    walkId: IdSchema,
    control: z.enum(['pause', 'resume', 'stop', 'friction', 'note']),
    note: z.string().max(5000).default(''),
  }),
  /** The clip form holds typed work: keep it, so a page that goes away does not lose it. */
  z.object({ type: z.literal('draft/keep'), kept: KeptDraftSchema }),
  /** The form was saved or cancelled: its kept draft goes. */
  z.object({ type: z.literal('draft/drop'), id: IdSchema }),
  /** Kept drafts from the page at `url`, offered again when a form opens there. */
  z.object({ type: z.literal('draft/for-page'), url: WebUrlSchema }),
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
  /** Other names of the study's brands (by brand name): a name among them is not a new brand. */
  brandAliases?: Record<string, string[]>;
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
  /** `tabs`: how many tabs were asked to highlight again. */
  'anchor/choose': Result<{ tabs: number; previous: Selectors }>;
  'anchor/restore': Result<{ tabs: number }>;
  'draft/keep': Result<Record<never, never>>;
  'draft/drop': Result<Record<never, never>>;
  'draft/for-page': Result<{ kept: KeptDraft[] }>;
  'walk/context': Result<{ context: WalkContext }>;
  'walk/start': Result<{ walk: WalkInfo }>;
  'walk/state': Result<{ walk: WalkInfo | null }>;
  'walk/control': Result<{ walk: WalkInfo }>;
}

/**
 * The message map towards the background: for each request type, what a sender
 * passes (`input`, before zod fills defaults), what its handler receives after
 * validation (`request`) and what comes back (`answer`, an ok/error union: the
 * router answers a malformed message or a failed handler with a `Failure`, and
 * `request()` answers `unreachable` when the background never does).
 * `request()` and the router's `Handlers` are typed from it; senders import it
 * as a type only (the always-injected script must not bundle the schemas).
 */
export type BackgroundMap = {
  [T in RequestType]: { input: RequestInputOf<T>; request: RequestOf<T>; answer: Responses[T] };
};
/** The answer to a request of type `T`. */
export type AnswerOf<T extends RequestType> = BackgroundMap[T]['answer'];

/** A walk as the recording bar and the dialog show it. */
export interface WalkInfo {
  id: string;
  task: string;
  status: 'recording' | 'paused' | 'stopped';
  brandName: string;
  stageLabel: string;
  steps: number;
  friction: number;
}

export interface WalkContext {
  study: { id: string; name: string };
  stages: { id: string; label: string; name: string }[];
  brands: string[];
  /** The study brand whose site the tab is on ('' when none is sure). */
  brandName: string;
  page: { url: string; title: string } | null;
  /** The walk this tab is recording already, if any. */
  running: WalkInfo | null;
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
