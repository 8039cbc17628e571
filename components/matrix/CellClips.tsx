import { i18n } from '#i18n';
import type { Clip, Locale } from '@/lib/model';
import { localize } from '@/lib/model';
import { SENTIMENT_LABELS, SOURCE_TYPE_LABELS } from '@/lib/model/frameworks/lenses';

interface Props {
  title: string;
  clips: Clip[] | undefined;
  locale: Locale;
  onDelete(clip: Clip): void;
  onClose(): void;
}

/** Only http(s) links are ever made clickable. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** The clips of one matrix cell. Page text is always rendered as text, never as HTML. */
export function CellClips({ title, clips, locale, onDelete, onClose }: Props) {
  return (
    <section class="cell-clips" aria-label={title}>
      <header class="cell-clips-head">
        <h2>{title}</h2>
        <button type="button" class="btn" onClick={onClose}>
          {i18n.t('close')}
        </button>
      </header>
      {clips === undefined ? (
        <p class="muted">{i18n.t('loading')}</p>
      ) : clips.length === 0 ? (
        <p class="muted">{i18n.t('cellEmpty')}</p>
      ) : (
        <ul class="clip-list">
          {clips.map((clip) => (
            <li key={clip.id} class="clip-item">
              <blockquote class="clip-quote">{clip.quote}</blockquote>
              {clip.note && <p class="clip-note">{clip.note}</p>}
              <p class="clip-meta muted">
                {clip.site || '—'} · {localize(SOURCE_TYPE_LABELS[clip.sourceType].label, locale)} ·{' '}
                {new Date(clip.capturedAt).toLocaleDateString(locale.replace('_', '-'))}
                {clip.score !== null && <> · {'★'.repeat(clip.score)}</>}
                {clip.sentiment && <> · {localize(SENTIMENT_LABELS[clip.sentiment].label, locale)}</>}
                {clip.tags.length > 0 && <> · {clip.tags.join(', ')}</>}
              </p>
              <div class="clip-actions">
                {safeHref(clip.url) && (
                  <a class="btn" href={safeHref(clip.url)} target="_blank" rel="noopener noreferrer">
                    {i18n.t('openSource')}
                  </a>
                )}
                <button type="button" class="btn" onClick={() => onDelete(clip)}>
                  {i18n.t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
