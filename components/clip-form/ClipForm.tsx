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
import { ScoreInput } from './ScoreInput';
import { resemblingBrands } from '@/lib/capture/brand-resemblance';
import { brandKey } from '@/lib/model/brand';
import { parseTags } from '@/lib/model/tags';
import { ItemFacts } from './ItemFacts';
import { sentimentOfRating, type ClipItem } from '@/lib/model/clip-item';

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
  /** The researcher confirmed the page is the brand's own site (its host joins the brand's domains). */
  ownSite: boolean;
}

export interface ClipFormProps {
  quote: string;
  quoteWasCut: boolean;
  context: FormContext;
  /** The review, post, comment or listing the selection lies in. */
  item?: ClipItem | null;
  locale: Locale;
  screenshotDefault?: boolean;
  /** Values to start from (a draft kept when the page went away). */
  initial?: Partial<ClipFormValues>;
  /** An unsaved clip left on this page earlier, offered instead of this one. */
  restorable?: { quote: string; onRestore(): void };
  onSave(values: ClipFormValues): Promise<{ ok: true } | { ok: false; message: string }>;
  onCancel(): void;
  /** The values whenever typed work changes them; null once nothing differs from what the form opened with. */
  onDraft?(values: ClipFormValues | null): void;
}

/** A field that takes typed keys (text, a choice, a score): digits typed there are the field's, not the stage's. */
function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.localName === 'textarea' || el.localName === 'select') return true;
  return el.localName === 'input' && !['checkbox', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type);
}

/** The in-page "Clip evidence" dialog. */
export function ClipForm({ quote, quoteWasCut, context, item = null, locale, screenshotDefault = false, initial = {}, restorable, onSave, onCancel, onDraft }: ClipFormProps) {
  // The item's own rating pre-fills score and sentiment (the researcher can change both).
  const itemRating = item?.rating ?? null;
  const firstSentiment: Sentiment | '' = itemRating !== null ? sentimentOfRating(itemRating) : '';
  const firstScore = itemRating !== null ? String(Math.round(itemRating)) : '';
  const firstStage = context.suggestion?.confident ? context.suggestion.choices[0]!.stageId : '';
  const [stageId, setStageId] = useState(initial.stageId ?? firstStage);
  const [brandName, setBrandName] = useState(initial.brandName ?? context.detected.brandName);
  const [note, setNote] = useState(initial.note ?? '');
  const [tags, setTags] = useState(initial.tags?.join(', ') ?? '');
  const [sentiment, setSentiment] = useState<Sentiment | ''>(initial.sentiment ?? firstSentiment);
  const [score, setScore] = useState(initial.score ? String(initial.score) : firstScore);
  const [ownSite, setOwnSite] = useState(false);
  const [behavior, setBehavior] = useState<Behavior | ''>(initial.behavior ?? '');
  const [servqual, setServqual] = useState<Servqual | ''>(initial.servqual ?? '');
  const [screenshot, setScreenshot] = useState(initial.screenshot ?? screenshotDefault);
  const [error, setError] = useState('');
  /** Why the form stayed open with typed work: a click outside, or a first Esc. */
  const [kept, setKept] = useState<false | 'click' | 'esc'>(false);
  const [saving, setSaving] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const stageSelect = useRef<HTMLSelectElement>(null);
  const brandInput = useRef<HTMLInputElement>(null);

  // Focus starts on Stage, where the digit keys pick a stage.
  useEffect(() => {
    stageSelect.current?.focus();
  }, []);

  const values = (): ClipFormValues => ({
    stageId,
    brandName: brandName.trim(),
    note,
    tags: parseTags(tags),
    sentiment: sentiment || null,
    score: score ? Number(score) : null,
    behavior: behavior || null,
    servqual: servqual || null,
    screenshot,
    ownSite: ownSite && !!context.detected.brandDomain,
  });
  /** Typed work: anything that differs from what the form opened with (a restored draft counts as typed). */
  const dirty =
    !!note.trim() ||
    !!tags.trim() ||
    brandName.trim() !== context.detected.brandName.trim() ||
    stageId !== firstStage ||
    sentiment !== firstSentiment ||
    score !== firstScore ||
    !!behavior ||
    !!servqual;
  useEffect(() => {
    onDraft?.(dirty ? values() : null);
  }, [dirty, stageId, brandName, note, tags, sentiment, score, behavior, servqual, screenshot]);

  // "New brand": Save would create a brand; the study's brands the name resembles are one click away.
  const studyBrands = context.brands.map((b) => ({ id: b, name: b, aliases: context.brandAliases?.[b] ?? [] }));
  const typedKey = brandKey(brandName);
  const known = studyBrands.some((b) => [b.name, ...b.aliases].some((n) => brandKey(n) === typedKey));
  const resembling = brandName.trim() && !known ? resemblingBrands(brandName, studyBrands).filter((r) => r.how !== 'same').slice(0, 4) : [];

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
    const result = await onSave(values());
    setSaving(false);
    if (!result.ok) setError(result.message);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      // With typed work, the first Esc asks (says a second Esc discards it); without, Esc cancels.
      if (dirty && kept !== 'esc') setKept('esc');
      else onCancel();
      return;
    }
    if (e.key === 'Enter' && !e.isComposing) {
      const target = e.target as HTMLElement;
      // Ctrl/Cmd+Enter saves from anywhere in the form.
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        void submit();
        return;
      }
      // Enter in Note makes a new line; on a button it presses the button.
      if (e.shiftKey || target.localName === 'textarea') return;
      if (target.localName === 'button' || target.localName === 'summary') return;
      e.preventDefault();
      void submit();
      return;
    }
    // Digits pick a stage only on Stage itself, or while no editable field has focus.
    const onStage = e.target === stageSelect.current;
    if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey && (onStage || !isEditable(e.target))) {
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
    <div
      class="jl-backdrop"
      onMouseDown={(e) => {
        if (e.target !== e.currentTarget) return;
        // A click outside never throws typed work away: the form stays and says how to leave it.
        if (dirty) {
          e.preventDefault();
          setKept('click');
        } else onCancel();
      }}
    >
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
          {i18n.t('formStudy')}{i18n.t('labelColon')}{context.study.name} · {context.source.site || '—'}
        </p>
        {restorable && (
          <p class="jl-kept" role="status">
            {i18n.t('formRestoreOffer', [restorable.quote.length > 80 ? `${restorable.quote.slice(0, 80)}…` : restorable.quote])}{' '}
            <button type="button" class="jl-link" onClick={restorable.onRestore}>
              {i18n.t('formRestore')}
            </button>
          </p>
        )}
        <blockquote id="jl-quote" class="jl-quote">{quote.length > 600 ? quote.slice(0, 600) + '…' : quote}</blockquote>
        {quoteWasCut && <p class="jl-cut">{i18n.t('formQuoteCut')}</p>}
        {item && <ItemFacts item={item} />}
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
              aria-describedby={brandName.trim() && !known ? 'jl-newbrand' : undefined}
            />
            {brandName.trim() && !known && (
              <div class="jl-newbrand" id="jl-newbrand">
                <span class="jl-badge">{i18n.t('formNewBrand')}</span>
                {resembling.length > 0 && <span class="jl-hint">{i18n.t('formNewBrandResembles')}</span>}
                {resembling.map((r) => (
                  <button
                    key={r.brand.id}
                    type="button"
                    aria-label={i18n.t('formUseBrand', [r.brand.name])}
                    onClick={() => {
                      setBrandName(r.brand.name);
                      brandInput.current?.focus();
                    }}
                  >
                    {r.brand.name}
                  </button>
                ))}
              </div>
            )}
            <datalist id="jl-brands">
              {context.brands.map((b) => (
                <option key={b} value={b} />
              ))}
            </datalist>
            {!brandName.trim() && context.brands.length > 0 && (
              <div class="jl-choices" role="group" aria-label={i18n.t('formBrandChoices')}>
                {context.brands.slice(0, 8).map((b) => (
                  <button key={b} type="button" class="jl-choice" onClick={() => setBrandName(b)}>
                    {b}
                  </button>
                ))}
              </div>
            )}
            {context.detected.brandDomain && brandName.trim() && (
              <label class="jl-check">
                <input type="checkbox" checked={ownSite} onChange={(e) => setOwnSite(e.currentTarget.checked)} />
                {i18n.t('formOwnSite', [brandName.trim(), context.detected.brandDomain])}
              </label>
            )}
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
                <span class="jl-legend" id="jl-score-label">{i18n.t('fieldScore')}</span>
                <ScoreInput value={score ? Number(score) : null} onChange={(n) => setScore(n ? String(n) : '')} />
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
          {kept && (
            <p class="jl-kept" role="status">
              {kept === 'esc' ? i18n.t('formEscAgain') : i18n.t('formKeptOpen')}
            </p>
          )}
          <div class="jl-actions">
            <span class="jl-hint">{i18n.t('formKeysHintTrust')}</span>
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
