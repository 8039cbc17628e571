import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  value: string;
  /** Called once the choice is confirmed — Enter, a click in the list, or leaving the field — and only when it differs. */
  onConfirm(value: string): void;
  id?: string;
  'aria-label'?: string;
  children: ComponentChildren;
}

/** Keys that walk a closed select's options (Chrome fires `change` on each of them). */
const WALK_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A select whose choice takes effect when confirmed, not on each arrow key:
 * walking the options with the keyboard only shows them; Enter, a pointer
 * choice or blur commits. Used where a choice moves a clip.
 */
export function ConfirmSelect({ value, onConfirm, children, ...rest }: Props) {
  const [shown, setShown] = useState(value);
  /** The choice last confirmed: a blur right after Enter or a click (or as the list re-renders) confirms nothing new. */
  const confirmed = useRef(value);
  useEffect(() => {
    setShown(value);
    confirmed.current = value;
  }, [value]);
  /** The last change came from walking with the keys, not from a confirmed choice. */
  const walking = useRef(false);
  const commit = (next: string) => {
    walking.current = false;
    if (next === confirmed.current) return;
    confirmed.current = next;
    onConfirm(next);
  };
  return (
    <select
      {...rest}
      value={shown}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(e.currentTarget.value);
        } else if (e.key === 'Escape' && e.currentTarget.value !== value) {
          e.stopPropagation();
          walking.current = false;
          setShown(value);
          e.currentTarget.value = value;
        } else walking.current = WALK_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' ');
      }}
      onMouseDown={() => (walking.current = false)}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setShown(next);
        if (!walking.current) commit(next);
      }}
      onBlur={(e) => commit(e.currentTarget.value)}
    >
      {children}
    </select>
  );
}
