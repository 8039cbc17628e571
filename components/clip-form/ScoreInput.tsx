import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';

/** Styles of the score control and the form's trust hints (added to the form's shadow root with FORM_CSS). */
export const SCORE_CSS = `
.jl-score { display: flex; gap: 2px; align-items: center; flex-wrap: wrap; border: 0; margin: 0; padding: 0; }
.jl-score label { display: inline-flex; align-items: center; justify-content: center; min-width: 28px; height: 30px; border-radius: 6px;
  cursor: pointer; color: var(--muted); font-weight: 400; font-size: 16px; }
.jl-score label.on { color: #d97706; }
.jl-score input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.jl-score label:has(input:focus-visible) { outline: 3px solid #f59e0b; outline-offset: 1px; }
.jl-newbrand { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 13px; }
.jl-badge { background: #fef3c7; color: #92400e; border-radius: 999px; padding: 1px 8px; font-weight: 600; font-size: 14px; }
@media (prefers-color-scheme: dark) { .jl-badge { background: #78350f; color: #fde68a; } }
.jl-newbrand button { font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--accent); background: transparent; color: var(--accent); }
.jl-kept { color: #92400e; background: #fef3c7; border-radius: 8px; padding: 6px 10px; margin: 6px 0; font-size: 13px; }
@media (prefers-color-scheme: dark) { .jl-kept { color: #fde68a; background: #78350f; } }
.jl-link { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; text-decoration: underline; cursor: pointer; }
`;

/**
 * Score 1–5 as one control: a radio group of five stars (and "none"). The
 * keys 1–5 pick a score while it has focus, 0 or Backspace clears it; the
 * arrow keys work as in any radio group. Digits typed here never reach the
 * form's stage keys.
 */
export function ScoreInput({ value, onChange }: { value: number | null; onChange(score: number | null): void }) {
  const radios = useRef<(HTMLInputElement | null)[]>([]);
  const pick = (score: number | null) => {
    onChange(score);
    radios.current[score ?? 0]?.focus();
  };
  return (
    <div
      class="jl-score"
      role="radiogroup"
      aria-labelledby="jl-score-label"
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (/^[0-9]$/.test(e.key) || e.key === 'Backspace' || e.key === 'Delete') {
          e.preventDefault();
          e.stopPropagation();
          if (/^[1-5]$/.test(e.key)) pick(Number(e.key));
          else if (!/^[6-9]$/.test(e.key)) pick(null);
        }
      }}
    >
      {[0, 1, 2, 3, 4, 5].map((n) => (
        <label key={n} class={n > 0 && value !== null && n <= value ? 'on' : ''} title={n ? i18n.t('scoreOf', [String(n)]) : i18n.t('scoreNone')}>
          <input
            ref={(el) => {
              radios.current[n] = el;
            }}
            type="radio"
            name="jl-score"
            value={String(n)}
            checked={(value ?? 0) === n}
            aria-label={n ? i18n.t('scoreOf', [String(n)]) : i18n.t('scoreNone')}
            onChange={() => onChange(n || null)}
          />
          <span aria-hidden="true">{n ? '★' : '—'}</span>
        </label>
      ))}
    </div>
  );
}
