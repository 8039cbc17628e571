import type { AnchorCandidate } from '../model/selectors';
import { describeRange } from './describe';

/**
 * The places an orphan could be (AnchorResult.places), each described as a
 * new clip's selectors would be, so that picking one re-anchors the clip
 * there; places without text left out. (Types only from the model: the
 * highlighter bundles this without zod.)
 */
export function describePlaces(root: Element, places: ReadonlyArray<{ range: Range }>): AnchorCandidate[] {
  const out: AnchorCandidate[] = [];
  for (const p of places) {
    try {
      const { quote, position } = describeRange(root, p.range);
      out.push({ quote, position });
    } catch {
      // a place holding no visible text: nothing to offer
    }
  }
  return out;
}
