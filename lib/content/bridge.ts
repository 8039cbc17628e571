import type { Selectors } from '../model/selectors';

/** A capture waiting for the clip form: made by the always-on script, read by the form. */
export interface PendingCapture {
  kind: 'selection' | 'page' | 'link' | 'image';
  /** Raw selected text (the form trims and cuts it). */
  text: string;
  /** Filled by the form from `range` (the always-on script stays small). */
  selectors: Selectors;
  /** The selected range, frozen at capture time. */
  range?: Range;
  targetUrl?: string;
  /** Where to put the form (viewport coordinates of the selection's end). */
  at?: { x: number; y: number };
  /** Focus returns here when the form closes. */
  returnFocus?: Element | null;
}

/** The always-on content script, to the on-demand ones (same isolated world, through `globalThis.__journeyLens`). */
export interface JourneyLensPageApi {
  showStatus(text: string, kind: 'ok' | 'error'): void;
  hideClipButton(): void;
  /** A clip was saved on this page: show its highlight at once. */
  afterSave(): void;
}

export interface JourneyLensFormApi {
  open(capture: PendingCapture): void;
  /**
   * A message from the background (context menu, keyboard command), passed on
   * unread by the always-on script and validated here with zod.
   */
  handleTabMessage(raw: unknown, selection: PendingCapture | undefined, returnFocus: Element | null): void;
}

/** The on-demand highlighter, once loaded into a frame. */
export interface JourneyLensHighlighterApi {
  /** Re-reads the page's clips and re-anchors them (after a save or a navigation). */
  refresh(): void;
}
