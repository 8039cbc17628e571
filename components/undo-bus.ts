import type { UndoAction } from './UndoToast';

/**
 * Where a change made deep in the panel (a rename in Manage, a move in a
 * cell's list) offers its Undo: the page that shows the one status toast
 * listens. No prop threading through components that do not care.
 */
type Listener = (action: UndoAction) => void;
const listeners = new Set<Listener>();

export function offerUndo(action: UndoAction): void {
  for (const listener of listeners) listener(action);
}

/** Subscribes; returns the unsubscribe (for a `useEffect` cleanup). */
export function onUndoOffered(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
