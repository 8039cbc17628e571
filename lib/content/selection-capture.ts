import type { PendingCapture } from './bridge';
import { isInsideUi } from './ui-host';

/** The current selection when it is something to clip: not empty and not inside our own UI. */
export function usableSelection(): { selection: Selection; range: Range } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (isInsideUi(range.commonAncestorContainer)) return undefined;
  if (!selection.toString().trim()) return undefined;
  return { selection, range };
}

/** Freezes the selection into a capture: its text and W3C selectors. */
export function captureSelection(): PendingCapture | undefined {
  const usable = usableSelection();
  if (!usable) return undefined;
  const range = usable.range.cloneRange();
  const rect = range.getBoundingClientRect();
  return {
    kind: 'selection',
    text: usable.selection.toString(),
    selectors: {},
    range,
    at: { x: rect.right, y: rect.bottom },
    returnFocus: document.activeElement,
  };
}
