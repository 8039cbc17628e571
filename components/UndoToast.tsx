import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';

export interface UndoAction {
  message: string;
  undo(): Promise<void>;
  /** How many deletions this one Undo brings back (more than one when they came in quick succession). */
  count?: number;
}

/**
 * A new deletion while the Undo of an earlier one is still offered: one Undo
 * for both (the newest is put back first), so no deletion loses its Undo.
 */
export function stackUndo(earlier: UndoAction | null | undefined, next: UndoAction): UndoAction {
  if (!earlier) return next;
  const count = (earlier.count ?? 1) + (next.count ?? 1);
  return {
    message: `${next.message} ${i18n.t('undoCount', [String(count)])}`,
    count,
    async undo() {
      await next.undo();
      await earlier.undo();
    },
  };
}

/** "Deleted — Undo" for a few seconds after a delete; a failed undo is reported through `onError`. */
export function UndoToast({ action, onDone, onError, ms = 8000 }: { action: UndoAction; onDone(): void; onError?(err: unknown): void; ms?: number }) {
  useEffect(() => {
    const t = setTimeout(onDone, ms);
    return () => clearTimeout(t);
  }, [action]);
  return (
    <div class="toast" role="status">
      <span>{action.message}</span>
      <button
        type="button"
        class="btn"
        onClick={() => {
          void action
            .undo()
            .catch((err: unknown) => (onError ? onError(err) : console.error('Journey Lens: undo failed', err)))
            .finally(onDone);
        }}
      >
        {i18n.t('undo')}
      </button>
    </div>
  );
}
