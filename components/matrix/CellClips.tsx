import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '@/lib/ui-locale';
import type { Brand, Clip, Locale, Stage } from '@/lib/model';
import { ClipItem } from './ClipItem';
import { FINDING_MAX } from '@/lib/model/finding-max';
import { RubricChecklist, type ChecklistItem } from './RubricChecklist';
import { plural } from '@/lib/i18n/plural';

export { safeHref } from './ClipItem';

interface Props {
  title: string;
  clips: Clip[] | undefined;
  locale: Locale;
  stages: Stage[];
  brands: Brand[];
  finding: string;
  onFinding(text: string): void;
  /** Identifies the cell (`brandId/stageId`). */
  cellId: string;
  brandName: string;
  /** The stage's "what to look for" checklist (empty: none is shown). */
  checklist: ChecklistItem[];
  /** Checklist keys ticked for this brand at this stage. */
  ticked: readonly string[];
  onTick(key: string, on: boolean): Promise<void>;
  onError(message: string): void;
  onClose(): void;
}

const PAGE = 40;

/**
 * The clips of one matrix cell. Long lists mount 40 items at a time as the
 * reader scrolls, and off-screen items skip rendering (content-visibility).
 */
export function CellClips({ title, clips, locale, stages, brands, finding, onFinding, cellId, brandName, checklist, ticked, onTick, onError, onClose }: Props) {
  const [shown, setShown] = useState(PAGE);
  const [draft, setDraft] = useState(finding);
  const sentinel = useRef<HTMLLIElement>(null);
  useEffect(() => setDraft(finding), [finding, title]);
  useEffect(() => setShown(PAGE), [title]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PAGE);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [clips, shown]);

  return (
    <section class="cell-clips" aria-label={title}>
      <header class="cell-clips-head">
        <h2>{title}</h2>
        <button type="button" class="btn" onClick={onClose}>
          {i18n.t('close')}
        </button>
      </header>
      <form
        class="finding"
        onSubmit={(e) => {
          e.preventDefault();
          onFinding(draft);
        }}
      >
        <label for="finding-input">{i18n.t('findingLabel')}</label>
        {/* A finding is the deliverable: several lines, shown in full (the box grows with its text). */}
        <textarea
          id="finding-input"
          maxLength={FINDING_MAX}
          rows={Math.max(2, draft.split('\n').length + 1)}
          placeholder={i18n.t('findingHint')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              if (draft !== finding) onFinding(draft);
            }
          }}
          onBlur={() => draft !== finding && onFinding(draft)}
        />
      </form>
      {checklist.length > 0 && (
        <RubricChecklist cellId={cellId} brandName={brandName} items={checklist} ticked={ticked} onTick={onTick} onError={onError} />
      )}
      {clips === undefined ? (
        <p class="muted">{i18n.t('loading')}</p>
      ) : clips.length === 0 ? (
        <p class="muted">{i18n.t('cellEmpty')}</p>
      ) : (
        <>
          <p class="muted">{plural('cellCount', clips.length)}</p>
          <ul class="clip-list">
            {clips.slice(0, shown).map((clip) => (
              <li key={clip.id}>
                <ClipItem clip={clip} locale={locale} stages={stages} brands={brands} onError={onError} />
              </li>
            ))}
            {shown < clips.length && (
              <li ref={sentinel} class="muted">
                <button type="button" class="btn" onClick={() => setShown((n) => n + PAGE)}>
                  {i18n.t('showMore', [formatCount(clips.length - shown)])}
                </button>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
