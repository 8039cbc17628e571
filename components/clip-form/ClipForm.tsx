import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { FormContext } from '@/lib/messaging/protocol';
import {
  BEHAVIORS,
  SENTIMENTS,
  SERVQUAL_DIMENSIONS,
  localize,
  type Behavior,
  type Locale,
  type Sentiment,
  type Servqual,
} from '@/lib/model';
import { BEHAVIOR_LABELS, SENTIMENT_LABELS, SERVQUAL_LABELS } from '@/lib/model/frameworks/lenses';
import { StageSuggestionHint } from './StageSuggestionHint';
import { focusableIn } from './focus-trap';

export interface ClipFormValues {
  stageId: string;
  brandName: string;
  note: string;
  tags: string[];
  sentiment: Sentiment | null;
  score: number | null;
  behavior: Behavior | null;
  servqual: Servqual | null;
  screenshot: boolean;
}

export interface ClipFormProps {
  quote: string;
  quoteWasCut: boolean;
  context: FormContext;
  locale: Locale;
  screenshotDefault?: boolean;
  onSave(values: ClipFormValues): Promise<{ ok: true } | { ok: false; message: string }>;
  onCancel(): void;
}

/** Splits the tags field: commas (ASCII or full-width) and semicolons separate tags. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，;；]/)) {
    const tag = raw.trim().slice(0, 60);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}

function isTextEntry(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.localName === 'textarea' || (el.localName === 'input' && (el as HTMLInputElement).type === 'text'));
}

/** The in-page "Clip evidence" dialog. */
export function ClipForm({ quote, quoteWasCut, context, locale, screenshotDefault = false, onSave, onCancel }: ClipFormProps) {
  const firstStage = context.suggestion?.confident ? context.suggestion.choices[0]!.stageId : '';
  const [stageId, setStageId] = useState(firstStage);
  const [brandName, setBrandName] = useState(context.detected.brandName);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [sentiment, setSentiment] = useState<Sentiment | ''>('');
  const [score, setScore] = useState('');
  const [behavior, setBehavior] = useState<Behavior | ''>('');
  const [servqual, setServqual] = useState<Servqual | ''>('');
  const [screenshot, setScreenshot] = useState(screenshotDefault);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const stageSelect = useRef<HTMLSelectElement>(null);
  const brandInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (stageId ? brandInput.current : stageSelect.current)?.focus();
  }, []);

  const stage = context.stages.find((s) => s.id === stageId);
  const lenses = context.study.lenses;

  async function submit() {
    if (saving) return;
    if (!stageId) {
      setError(i18n.t('formErrorStage'));
      stageSelect.current?.focus();
      return;
    }
    if (!brandName.trim()) {
      setError(i18n.t('formErrorBrand'));
      brandInput.current?.focus();
      return;
    }
    setSaving(true);
    setError('');
    const result = await onSave({
      stageId,
      brandName: brandName.trim(),
      note,
      tags: parseTags(tags),
      sentiment: sentiment || null,
      score: score ? Number(score) : null,
      behavior: behavior || null,
      servqual: servqual || null,
      screenshot,
    });
    setSaving(false);
    if (!result.ok) setError(result.message);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      const target = e.target as HTMLElement;
      if (target.localName === 'button' && (target as HTMLButtonElement).type !== 'submit') return;
      e.preventDefault();
      void submit();
      return;
    }
    if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextEntry(e.target)) {
      const picked = context.stages[Number(e.key) - 1];
      if (picked) {
        e.preventDefault();
        setStageId(picked.id);
      }
      return;
    }
    if (e.key === 'Tab' && dialog.current) {
      const items = focusableIn(dialog.current);
      if (!items.length) return;
      const root = dialog.current.getRootNode() as ShadowRoot | Document;
      const active = root.activeElement;
      const first = items[0]!;
      const last = items[items.length - 1]!;
      if (e.shiftKey && (active === first || !dialog.current.contains(active))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !dialog.current.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  const lensLabel = (t: { label: Parameters<typeof localize>[0] }) => localize(t.label, locale);

  return (
    <div class="jl-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={dialog}
        class="jl-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="jl-title"
        aria-describedby="jl-quote"
        onKeyDown={onKeyDown}
      >
        <h2 id="jl-title">{i18n.t('formTitle')}</h2>
        <p class="jl-hint">
          {i18n.t('formStudy')}: {context.study.name} · {context.source.site || '—'}
        </p>
        <blockquote id="jl-quote" class="jl-quote">{quote.length > 600 ? quote.slice(0, 600) + '…' : quote}</blockquote>
        {quoteWasCut && <p class="jl-cut">{i18n.t('formQuoteCut')}</p>}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div class="jl-row">
            <label for="jl-stage">{i18n.t('fieldStage')}</label>
            <select id="jl-stage" ref={stageSelect} value={stageId} onChange={(e) => setStageId(e.currentTarget.value)}>
              <option value="">{i18n.t('fieldStageChoose')}</option>
              {context.stages.map((s, i) => (
                <option key={s.id} value={s.id}>
                  {i < 9 ? `${i + 1} · ` : ''}
                  {s.label === s.name ? s.label : `${s.label} — ${s.name}`}
                </option>
              ))}
            </select>
            <StageSuggestionHint suggestion={context.suggestion} stages={context.stages} stageId={stageId} locale={locale} onPick={setStageId} />
            {stage && stage.lookFor.length > 0 && (
              <details>
                <summary class="jl-hint">{i18n.t('formLookFor')}</summary>
                <ul class="jl-lookfor">
                  {stage.lookFor.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div class="jl-row">
            <label for="jl-brand">{i18n.t('fieldBrand')}</label>
            <input
              id="jl-brand"
              ref={brandInput}
              type="text"
              list="jl-brands"
              autocomplete="off"
              maxLength={120}
              value={brandName}
              onInput={(e) => setBrandName(e.currentTarget.value)}
            />
            <datalist id="jl-brands">
              {context.brands.map((b) => (
                <option key={b} value={b} />
              ))}
            </datalist>
          </div>
          <div class="jl-grid">
            {lenses.sentiment && (
              <div class="jl-row">
                <label for="jl-sentiment">{i18n.t('fieldSentiment')}</label>
                <select id="jl-sentiment" value={sentiment} onChange={(e) => setSentiment(e.currentTarget.value as Sentiment | '')}>
                  <option value="">—</option>
                  {SENTIMENTS.map((s) => (
                    <option key={s} value={s}>
                      {lensLabel(SENTIMENT_LABELS[s])}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {lenses.score && (
              <div class="jl-row">
                <label for="jl-score">{i18n.t('fieldScore')}</label>
                <select id="jl-score" value={score} onChange={(e) => setScore(e.currentTarget.value)}>
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={String(n)}>
                      {'★'.repeat(n)} {n}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {lenses.behavior && (
              <div class="jl-row">
                <label for="jl-behavior">{i18n.t('fieldBehavior')}</label>
                <select id="jl-behavior" value={behavior} onChange={(e) => setBehavior(e.currentTarget.value as Behavior | '')}>
                  <option value="">—</option>
                  {BEHAVIORS.map((b) => (
                    <option key={b} value={b}>
                      {lensLabel(BEHAVIOR_LABELS[b])}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {lenses.servqual && (
              <div class="jl-row">
                <label for="jl-servqual">{i18n.t('fieldServqual')}</label>
                <select id="jl-servqual" value={servqual} onChange={(e) => setServqual(e.currentTarget.value as Servqual | '')}>
                  <option value="">—</option>
                  {SERVQUAL_DIMENSIONS.map((d) => (
                    <option key={d} value={d}>
                      {lensLabel(SERVQUAL_LABELS[d])}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <div class="jl-row">
            <label for="jl-tags">{i18n.t('fieldTags')}</label>
            <input
              id="jl-tags"
              type="text"
              list="jl-tag-list"
              autocomplete="off"
              placeholder={i18n.t('fieldTagsHint')}
              value={tags}
              onInput={(e) => setTags(e.currentTarget.value)}
            />
            <datalist id="jl-tag-list">
              {context.tags.map((t) => (
                <option key={t} value={tags ? `${tags.replace(/[^,，]*$/, '')} ${t}`.trim() : t} />
              ))}
            </datalist>
          </div>
          <div class="jl-row">
            <label for="jl-note">{i18n.t('fieldNote')}</label>
            <textarea id="jl-note" maxLength={10000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <label class="jl-check">
            <input type="checkbox" checked={screenshot} onChange={(e) => setScreenshot(e.currentTarget.checked)} />
            {i18n.t('fieldScreenshot')}
          </label>
          {error && (
            <p class="jl-error" role="alert">
              {error}
            </p>
          )}
          <div class="jl-actions">
            <span class="jl-hint">{i18n.t('formKeysHint')}</span>
            <button type="button" onClick={onCancel}>
              {i18n.t('cancel')}
            </button>
            <button type="submit" disabled={saving}>
              {saving ? i18n.t('saving') : i18n.t('save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
