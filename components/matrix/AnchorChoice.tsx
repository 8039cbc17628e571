import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnchorState } from '@/lib/ui-services/shared';
import { errorText } from '@/lib/errors/error-text';
import type { Selectors } from '@/lib/model';
import './anchor-choice.css';

/** How long the Undo of a pick is offered. */
const UNDO_MS = 15_000;

/** Picks made in this panel, with the selectors they replaced, while their Undo is offered. */
const recent = new Map<string, { previous: Selectors; at: number }>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());
/** The messaging client loads on the first pick, not with the panel (its initial JS budget). */
const messaging = () => import('@/lib/messaging/client');

/** Characters of the surrounding text shown on each side of a place. */
const AROUND = 60;
/** Characters of the place's own text shown at most. */
const SHOWN = 280;

const ellipsis = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * An orphan whose passage is at several places on its page: the places, each
 * with the text around it, and a button to pick one. The pick goes to the
 * background (`anchor/choose`), which stores it as the clip's selectors and
 * highlights the open tabs again. Page text is shown as text only.
 */
export function AnchorChoice({ state }: { state: AnchorState }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const places = state.candidates ?? [];

  async function choose(index: number) {
    setBusy(true);
    setError('');
    const answer = await (await messaging()).request({ type: 'anchor/choose', clipId: state.clipId, index });
    setBusy(false);
    if (!answer.ok) return setError(answer.code === 'no-candidate' ? i18n.t('anchorChoiceGone') : errorText(answer, { frame: 'anchorChooseFailed' }));
    recent.set(state.clipId, { previous: answer.previous, at: Date.now() });
    changed();
  }

  return (
    <div class="anchor-note orphan anchor-choice" role="group" aria-label={i18n.t('anchorSeveralPlaces')}>
      <p>{i18n.t('anchorSeveralPlaces')}</p>
      <p class="muted">{i18n.t('anchorPickPlace')}</p>
      <ol class="anchor-places">
        {places.map((p, i) => (
          <li key={`${p.position.start}:${p.position.end}`} class="anchor-place">
            <p class="anchor-place-text">
              <span class="muted">…{p.quote.prefix.slice(-AROUND)} </span>
              <mark>{ellipsis(p.quote.exact, SHOWN)}</mark>
              <span class="muted"> {p.quote.suffix.slice(0, AROUND)}…</span>
            </p>
            <button
              type="button"
              class="btn"
              disabled={busy}
              aria-label={i18n.t('anchorChoosePlaceN', [String(i + 1)])}
              onClick={() => void choose(i)}
            >
              {i18n.t('anchorChoosePlace')}
            </button>
          </li>
        ))}
      </ol>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * After a pick: "Placed where you chose — Undo" for a while, in the clip's
 * item (the list of places is gone by then). Undo puts the clip's earlier
 * selectors back (`anchor/restore`); the page then lists the places again.
 */
export function ChoiceUndo({ clipId }: { clipId: string }) {
  const [, tick] = useState(0);
  const [error, setError] = useState('');
  useEffect(() => {
    const l = () => tick((n) => n + 1);
    listeners.add(l);
    const entry = recent.get(clipId);
    const t = entry ? setTimeout(() => (recent.delete(clipId), changed()), Math.max(0, entry.at + UNDO_MS - Date.now())) : undefined;
    return () => {
      listeners.delete(l);
      clearTimeout(t);
    };
  }, [clipId, recent.get(clipId)?.at]);
  const entry = recent.get(clipId);
  if (!entry) return null;

  async function undo(previous: Selectors) {
    const answer = await (await messaging()).request({ type: 'anchor/restore', clipId, selectors: previous });
    if (!answer.ok) return setError(errorText(answer, { frame: 'anchorChooseFailed' }));
    recent.delete(clipId);
    changed();
  }

  return (
    <div class="anchor-note anchor-chosen" role="status">
      <span>{i18n.t('anchorChosen')}</span>{' '}
      <button type="button" class="btn" onClick={() => void undo(entry.previous)}>
        {i18n.t('undo')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
