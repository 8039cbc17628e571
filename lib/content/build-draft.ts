import type { PageMetadata } from '../capture/page-metadata';
import type { FormContext } from '../messaging/protocol';
import { itemHasFacts, prepareQuote, type ClipDraftInput, type ClipItem } from '../model';
import type { PendingCapture } from './bridge';

/**
 * The parts of a clip fixed at capture time: id, time, page, quote and
 * selectors. The form adds what the researcher chooses.
 */
export function buildDraft(input: {
  id: string;
  capture: PendingCapture;
  meta: PageMetadata;
  context: FormContext;
  capturedAt: string;
  url: string;
}): { draft: Omit<ClipDraftInput, 'stageId' | 'brandName'>; quote: string; quoteWasCut: boolean; item: ClipItem | null } {
  const { capture, meta, context } = input;
  let raw = capture.text;
  if (capture.kind === 'page') raw = meta.description ? `${meta.title}\n${meta.description}` : meta.title || capture.text;
  if (capture.kind === 'link' || capture.kind === 'image') raw = capture.text || capture.targetUrl || '';
  const { quote, cut } = prepareQuote(raw);
  const draft: Omit<ClipDraftInput, 'stageId' | 'brandName'> = {
    id: input.id,
    studyId: context.study.id,
    kind: capture.kind,
    url: input.url,
    title: (meta.title || '').slice(0, 1000),
    site: context.source.site.slice(0, 200),
    sourceType: context.source.sourceType,
    quote,
    selectors: capture.kind === 'selection' ? fitSelectors(capture.selectors) : {},
    targetUrl: capture.targetUrl ?? null,
    lang: (meta.language || '').slice(0, 35),
    capturedAt: input.capturedAt,
  };
  // The item the selection lies in, without what only detection reads (its text, the reviewed name).
  let item: ClipItem | null = null;
  if (meta.item) {
    const { about: _about, text: _text, ...facts } = meta.item;
    if (itemHasFacts(facts)) draft.item = item = facts;
  }
  return { draft, quote, quoteWasCut: cut, item };
}

/** A selector quote too long to store is dropped; the position selector still anchors the clip. */
function fitSelectors(selectors: PendingCapture['selectors']): PendingCapture['selectors'] {
  if (selectors.quote && selectors.quote.exact.length > 200_000) {
    const { quote: _dropped, ...rest } = selectors;
    return rest;
  }
  return selectors;
}
