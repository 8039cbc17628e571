import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';

export interface UndoAction {
  message: string;
  undo(): Promise<void>;
}

/** "Deleted — Undo" for a few seconds after a delete. */
export function UndoToast({ action, onDone, ms = 8000 }: { action: UndoAction; onDone(): void; ms?: number }) {
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
          void action.undo().finally(onDone);
        }}
      >
        {i18n.t('undo')}
      </button>
    </div>
  );
}
