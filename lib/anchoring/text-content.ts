/**
 * The text content of a DOM subtree as anchoring sees it: the concatenated data
 * of its text nodes in document order, leaving out text that is never shown as
 * page text (script, style, noscript, template) and our own in-page UI (any
 * element carrying `data-journey-lens`).
 *
 * Offsets are UTF-16 code units into that string, the unit of the W3C
 * TextPositionSelector. Only standard DOM APIs are used (TreeWalker, Range),
 * so this runs in a content script and in jsdom alike.
 *
 * This module is bundled into the always-on content script: keep it small and
 * free of imports.
 */

/** Attribute marking the extension's own UI elements; their text is not page text. */
export const UI_ATTRIBUTE = 'data-journey-lens';

const SKIPPED = /^(script|style|noscript|template)$/i;

// NodeFilter / Node constants as literals: no dependence on a window's globals.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextIndex {
  /** The concatenated text. */
  readonly text: string;
  /** The non-empty text nodes that make up `text`, in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`; `starts[nodes.length] === text.length`. */
  readonly starts: readonly number[];
}

/** Whether an element's subtree is left out of the text content. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED.test(el.localName) || el.hasAttribute(UI_ATTRIBUTE);
}

/** Builds the text content of `root` and the node ↔ offset mapping. */
export function buildTextIndex(root: Node): TextIndex {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) throw new Error('root is not in a document');
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const push = (t: Text): void => {
    if (!t.data) return;
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  };
  if (root.nodeType === TEXT_NODE) {
    push(root as Text);
  } else {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode: (n: Node) =>
        n.nodeType === ELEMENT_NODE
          ? isSkippedElement(n as Element)
            ? FILTER_REJECT
            : FILTER_SKIP
          : FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) push(n as Text);
  }
  starts.push(length);
  return { text: parts.join(''), nodes, starts };
}

/**
 * The text offset of a DOM boundary point (as in `range.startContainer`,
 * `range.startOffset`). A point inside left-out content, or between elements,
 * maps to the offset of the next text that counts; a point outside the root
 * is clamped to 0 or the end.
 */
export function pointToOffset(index: TextIndex, container: Node, offset: number): number {
  const { nodes, starts } = index;
  if (container.nodeType === TEXT_NODE) {
    const i = nodes.indexOf(container as Text);
    if (i >= 0) return (starts[i] ?? 0) + Math.min(offset, (container as Text).data.length);
  }
  const doc = container.ownerDocument;
  if (!doc || nodes.length === 0) return 0;
  const point = doc.createRange();
  point.setStart(container, offset);
  // Count the text nodes that begin before the point (binary search, document order).
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(nodes[mid] as Node, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] ?? 0;
}

/** Text offsets `[start, end)` of a range, clamped to the root. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } {
  const start = pointToOffset(index, range.startContainer, range.startOffset);
  const end = pointToOffset(index, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/**
 * The DOM point for a text offset. `forward` prefers the start of the next
 * node at a node boundary (for a range start), `backward` the end of the
 * previous one (for a range end).
 */
export function offsetToPoint(
  index: TextIndex,
  offset: number,
  affinity: 'forward' | 'backward',
): { node: Text; offset: number } | undefined {
  const { nodes, starts } = index;
  const n = nodes.length;
  if (n === 0) return undefined;
  const total = starts[n] ?? 0;
  const off = Math.max(0, Math.min(offset, total));
  // Largest i with starts[i] <= off (forward) or starts[i] < off (backward).
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] ?? 0;
    if (affinity === 'forward' ? s <= off : s < off) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: Math.min(off - (starts[lo] ?? 0), node.data.length) };
}

/** A DOM range over text offsets `[start, end)`. */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range {
  const first = index.nodes[0];
  if (!first) throw new Error('no text to range over');
  const range = (first.ownerDocument as Document).createRange();
  const a = offsetToPoint(index, start, 'forward');
  const b = offsetToPoint(index, Math.max(start, end), end > start ? 'backward' : 'forward');
  if (a && b) {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  }
  return range;
}
