import { formatDay } from '@/lib/ui-locale';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClipPatch } from '@/lib/ui-services/shared';
import { useServices } from '@/components/services';
import type { Brand, Clip, Stage } from '@/lib/model';
import { localize, type Locale } from '@/lib/model/locale';
import { BEHAVIORS, SENTIMENTS, SERVQUAL_DIMENSIONS, type Behavior, type Sentiment, type Servqual } from '@/lib/model/vocab-values';
import { BEHAVIOR_LABELS, SENTIMENT_LABELS, SERVQUAL_LABELS, SOURCE_TYPE_LABELS } from '@/lib/model/frameworks/lenses';
import { CLIP_DRAG_TYPE } from './MatrixTable';
import { useLiveQuery } from '@/components/use-live-query';
import { diffWords } from '@/lib/anchoring/diff-words';
import { ConfirmSelect } from '@/components/ConfirmSelect';
import { offerUndo } from '@/components/undo-bus';
import { parseTags } from '@/lib/model/tags';
import { AnchorChoice, ChoiceUndo } from './AnchorChoice';
import { ClipItemFacts } from './ClipItemFacts';
import { errorText } from '@/lib/errors/error-text';

/** What re-anchoring found on the clip's page at the last visit: changed text (as a word diff) or an orphan. */
function AnchorNote({ clip }: { clip: Clip }) {
  const services = useServices();
  const state = useLiveQuery(() => services.anchorState(clip.id), [clip.id]).value;
  if (!state || state.status === 'anchored') return <ChoiceUndo clipId={clip.id} />;
  if (state.status === 'orphan') return state.candidates?.length ? <AnchorChoice state={state} /> : <p class="anchor-note orphan">{i18n.t('anchorOrphan')}</p>;
  return (
    <div class="anchor-note changed">
      <p>{i18n.t('anchorChanged')}</p>
      <p class="diff">
        {diffWords(clip.quote, state.foundText).map((op, i) =>
          op.op === 'equal' ? <span key={i}>{op.text}</span> : op.op === 'delete' ? <del key={i}>{op.text}</del> : <ins key={i}>{op.text}</ins>,
        )}
      </p>
    </div>
  );
}

/** Only http(s) links are ever made clickable. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function Thumbnail({ screenshotId }: { screenshotId: string }) {
  const services = useServices();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    void services
      .screenshot(screenshotId)
      .then((data) => {
        if (data) {
          objectUrl = URL.createObjectURL(data);
          setUrl(objectUrl);
        }
      });
    return () => objectUrl && URL.revokeObjectURL(objectUrl);
  }, [screenshotId]);
  if (!url) return null;
  return (
    <a href={url} target="_blank" rel="noopener" class="clip-thumb">
      <img src={url} alt={i18n.t('screenshotAlt')} loading="lazy" />
    </a>
  );
}

interface Props {
  clip: Clip;
  locale: Locale;
  stages: Stage[];
  brands: Brand[];
  onError(message: string): void;
}

/** One clip in a cell's list: read, edit in place, move, delete. Page text is shown as text only. */
export function ClipItem({ clip, locale, stages, brands, onError }: Props) {
  const services = useServices();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [score, setScore] = useState(clip.score === null ? '' : String(clip.score));
  const [sentiment, setSentiment] = useState<Sentiment | ''>(clip.sentiment ?? '');
  const [behavior, setBehavior] = useState<Behavior | ''>(clip.behavior ?? '');
  const [servqual, setServqual] = useState<Servqual | ''>(clip.servqual ?? '');

  /** Writes a change and offers its Undo (the changed fields as they were). */
  async function patch(p: ClipPatch, message: string) {
    try {
      // The Undo restores what is stored now (the list may not have re-rendered since the last change).
      const done = await services.updateClip(clip.id, p);
      if (!done) return false;
      if (done.undo) offerUndo({ message, undo: done.undo });
      return true;
    } catch (e) {
      onError(errorText(e));
      return false;
    }
  }

  /** Deletes the clip and offers its Undo (the clip comes back as it was). */
  async function remove() {
    try {
      const undo = await services.deleteClips([clip.id]);
      offerUndo({ message: i18n.t('clipDeleted'), undo });
    } catch (e) {
      onError(errorText(e));
    }
  }

  async function save() {
    const ok = await patch({
      note,
      tags: parseTags(tags),
      score: score ? Number(score) : null,
      sentiment: sentiment || null,
      behavior: behavior || null,
      servqual: servqual || null,
    }, i18n.t('clipEdited'));
    if (ok) setEditing(false);
  }

  const stageLabel = (s: Stage) => localize(s.short, locale);
  const move = (to: { stageId?: string; brandId?: string }) => {
    const brand = brands.find((b) => b.id === (to.brandId ?? clip.brandId));
    const stage = stages.find((s) => s.id === (to.stageId ?? clip.stageId));
    return patch(to, i18n.t('clipMoved', [brand?.name ?? '', stage ? stageLabel(stage) : '']));
  };
  const href = safeHref(clip.url);
  const id = clip.id.slice(0, 8);

  return (
    <article
      class="clip-item"
      draggable
      onDragStart={(e) => {
        e.dataTransfer?.setData(CLIP_DRAG_TYPE, clip.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
      aria-label={clip.quote.slice(0, 80)}
    >
      <blockquote class="clip-quote">{clip.quote}</blockquote>
      <AnchorNote clip={clip} />
      {clip.screenshotId && <Thumbnail screenshotId={clip.screenshotId} />}
      {!editing && clip.note && <p class="clip-note">{clip.note}</p>}
      <ClipItemFacts clip={clip} />
      <p class="clip-meta muted">
        {clip.site || '—'} · {localize(SOURCE_TYPE_LABELS[clip.sourceType].label, locale)} ·{' '}
        <time dateTime={clip.capturedAt}>{formatDay(clip.capturedAt)}</time>
        {clip.score !== null && <> · <span aria-label={i18n.t('scoreOf', [String(clip.score)])}>{'★'.repeat(clip.score)}</span></>}
        {clip.sentiment && <> · {localize(SENTIMENT_LABELS[clip.sentiment].label, locale)}</>}
        {clip.behavior && <> · {localize(BEHAVIOR_LABELS[clip.behavior].label, locale)}</>}
        {clip.servqual && <> · {localize(SERVQUAL_LABELS[clip.servqual].label, locale)}</>}
        {clip.tags.length > 0 && <> · {clip.tags.map((t) => `#${t}`).join(' ')}</>}
      </p>
      {editing && (
        <div class="clip-edit">
          <label>
            {i18n.t('fieldNote')}
            <textarea value={note} maxLength={10000} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            {i18n.t('fieldTags')}
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <div class="clip-edit-grid">
            <label>
              {i18n.t('fieldScore')}
              <select value={score} onChange={(e) => setScore(e.currentTarget.value)}>
                <option value="">—</option>
                {[1, 2, 3, 4, 5].map((n) => <option key={n} value={String(n)}>{n}</option>)}
              </select>
            </label>
            <label>
              {i18n.t('fieldSentiment')}
              <select value={sentiment} onChange={(e) => setSentiment(e.currentTarget.value as Sentiment | '')}>
                <option value="">—</option>
                {SENTIMENTS.map((s) => <option key={s} value={s}>{localize(SENTIMENT_LABELS[s].label, locale)}</option>)}
              </select>
            </label>
            <label>
              {i18n.t('fieldBehavior')}
              <select value={behavior} onChange={(e) => setBehavior(e.currentTarget.value as Behavior | '')}>
                <option value="">—</option>
                {BEHAVIORS.map((b) => <option key={b} value={b}>{localize(BEHAVIOR_LABELS[b].label, locale)}</option>)}
              </select>
            </label>
            <label>
              {i18n.t('fieldServqual')}
              <select value={servqual} onChange={(e) => setServqual(e.currentTarget.value as Servqual | '')}>
                <option value="">—</option>
                {SERVQUAL_DIMENSIONS.map((d) => <option key={d} value={d}>{localize(SERVQUAL_LABELS[d].label, locale)}</option>)}
              </select>
            </label>
          </div>
          <div class="clip-actions">
            <button type="button" class="btn btn-primary" onClick={() => void save()}>{i18n.t('save')}</button>
            <button type="button" class="btn" onClick={() => setEditing(false)}>{i18n.t('cancel')}</button>
          </div>
        </div>
      )}
      <div class="clip-actions">
        {href && (
          <a class="btn" href={href} target="_blank" rel="noopener noreferrer">
            {i18n.t('openSource')}
          </a>
        )}
        {!editing && (
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            {i18n.t('edit')}
          </button>
        )}
        <label class="clip-move">
          <span class="sr-only">{i18n.t('moveToStage')}</span>
          <ConfirmSelect aria-label={i18n.t('moveToStage')} id={`mv-stage-${id}`} value={clip.stageId} onConfirm={(stageId) => void move({ stageId })}>
            {stages.map((s) => <option key={s.id} value={s.id}>{stageLabel(s)}</option>)}
          </ConfirmSelect>
        </label>
        <label class="clip-move">
          <span class="sr-only">{i18n.t('moveToBrand')}</span>
          <ConfirmSelect aria-label={i18n.t('moveToBrand')} value={clip.brandId} onConfirm={(brandId) => void move({ brandId })}>
            {brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </ConfirmSelect>
        </label>
        <button type="button" class="btn" onClick={() => void remove()}>
          {i18n.t('delete')}
        </button>
      </div>
    </article>
  );
}
