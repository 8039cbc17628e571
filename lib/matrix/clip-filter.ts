import type { Behavior, Clip, Sentiment, Servqual, SourceType } from '../model';

/** What the side panel's filters select. Empty lists and blank fields select everything. */
export interface ClipFilter {
  /** Brands and stages of the active study (ids); empty: all. */
  brandIds: string[];
  stageIds: string[];
  /** Inclusive score bounds 1–5; null: unbounded. With either set, unscored clips are left out. */
  scoreMin: number | null;
  scoreMax: number | null;
  sourceTypes: SourceType[];
  sentiments: Sentiment[];
  tags: string[];
  behaviors: Behavior[];
  servqual: Servqual[];
  /** Inclusive day bounds, `yyyy-mm-dd` (local dates, compared to capturedAt in UTC day precision). */
  from: string;
  to: string;
  text: string;
}

export const NO_FILTER: ClipFilter = {
  brandIds: [], stageIds: [], scoreMin: null, scoreMax: null, sourceTypes: [], sentiments: [], tags: [], behaviors: [], servqual: [], from: '', to: '', text: '',
};

export function isFilterActive(f: ClipFilter): boolean {
  return !!(
    f.brandIds.length || f.stageIds.length || f.scoreMin !== null || f.scoreMax !== null || f.sourceTypes.length || f.sentiments.length || f.tags.length || f.behaviors.length ||
    f.servqual.length || f.from || f.to || f.text.trim()
  );
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a free-text query: each must occur in the quote, note or title. */
export function queryParts(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean).slice(0, 10);
}

export function matchesFilter(clip: Clip, f: ClipFilter): boolean {
  if (f.brandIds.length && !f.brandIds.includes(clip.brandId)) return false;
  if (f.stageIds.length && !f.stageIds.includes(clip.stageId)) return false;
  if (f.scoreMin !== null || f.scoreMax !== null) {
    if (clip.score === null) return false;
    if (f.scoreMin !== null && clip.score < f.scoreMin) return false;
    if (f.scoreMax !== null && clip.score > f.scoreMax) return false;
  }
  if (f.sourceTypes.length && !f.sourceTypes.includes(clip.sourceType)) return false;
  if (f.sentiments.length && (!clip.sentiment || !f.sentiments.includes(clip.sentiment))) return false;
  if (f.behaviors.length && (!clip.behavior || !f.behaviors.includes(clip.behavior))) return false;
  if (f.servqual.length && (!clip.servqual || !f.servqual.includes(clip.servqual))) return false;
  if (f.tags.length && !f.tags.some((t) => clip.tags.includes(t))) return false;
  const day = clip.capturedAt.slice(0, 10);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  const parts = queryParts(f.text);
  if (parts.length) {
    const hay = fold(`${clip.quote}\n${clip.note}\n${clip.title}`);
    if (!parts.every((p) => hay.includes(p))) return false;
  }
  return true;
}
