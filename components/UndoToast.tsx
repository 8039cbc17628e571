import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

export interface UndoAction {
  message: string;
  undo(): Promise<void>;
  /** How many changes this one Undo puts back (more than one when they came in quick succession). */
  count?: number;
}

/**
 * A new change while the Undo of an earlier one is still offered: one Undo
 * for both (the newest is put back first), so no change loses its Undo.
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

/** The toast shown last: the one Ctrl+Z undoes. */
let newestToast: symbol | undefined;

function isEditable(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['input', 'textarea', 'select'].includes(el.localName));
}

/**
 * "What happened — Undo" for a few seconds after a change. The Undo button is
 * in the Tab order, Ctrl+Z / ⌘Z (outside a text field) presses it, and the
 * toast stays while the pointer or focus is on it. A failed undo is reported
 * through `onError`.
 */
export function UndoToast({ action, onDone, onError, ms = 8000 }: { action: UndoAction; onDone(): void; onError?(err: unknown): void; ms?: number }) {
  const [held, setHeld] = useState(false);
  const done = useRef(false);
  useEffect(() => {
    done.current = false;
  }, [action]);
  useEffect(() => {
    if (held) return;
    const t = setTimeout(onDone, ms);
    return () => clearTimeout(t);
  }, [action, held]);

  const run = () => {
    if (done.current) return;
    done.current = true;
    void action
      .undo()
      .catch((err: unknown) => (onError ? onError(err) : console.error('Journey Lens: undo failed', err)))
      .finally(onDone);
  };
  useEffect(() => {
    const token = Symbol('undo-toast');
    newestToast = token;
    const onKey = (e: KeyboardEvent) => {
      // Only the newest toast on the page answers Ctrl+Z (a page may show two, e.g. the options page).
      if (newestToast !== token) return;
      if (e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && !isEditable(e.target)) {
        e.preventDefault();
        run();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (newestToast === token) newestToast = undefined;
    };
  }, [action]);

  return (
    <div
      class="toast"
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span>{action.message}</span>
      <button type="button" class="btn" title={i18n.t('undoShortcut')} onClick={run}>
        {i18n.t('undo')}
      </button>
    </div>
  );
}
