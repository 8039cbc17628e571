import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import type { KeptDraft } from '@/lib/ui-services/shared';
import { ClipDraftSchema, localize, type Locale } from '@/lib/model';
import { useLiveQuery } from '@/components/use-live-query';
import type { UndoAction } from '@/components/UndoToast';
import './kept-drafts.css';
import { useBusyRun } from '@/components/use-busy-run';
import { AppError } from '@/lib/errors/app-error';

interface Props {
  locale: Locale;
  onUndo(action: UndoAction): void;
  onError(message: string): void;
}

/**
 * Clip forms whose page went away with typed work in them, offered again:
 * finish the stage and brand if they were not chosen yet, then save — or
 * discard (both with Undo). Loaded by the panel only when there are some.
 */
export function KeptDrafts(props: Props) {
  const services = useServices();
  const drafts = useLiveQuery(() => services.keptDrafts(), []);
  const list = drafts.value ?? [];
  if (!list.length) return null;
  return (
    <section class="kept-drafts notice" aria-labelledby="kept-drafts-h">
      <h2 id="kept-drafts-h">{i18n.t('keptDraftsHeading', [String(list.length)])}</h2>
      <p class="muted">{i18n.t('keptDraftsIntro')}</p>
      <ul class="kept-list">
        {list.map((kept) => (
          <KeptDraftItem key={kept.draft.id} kept={kept} {...props} />
        ))}
      </ul>
    </section>
  );
}

function KeptDraftItem({ kept, locale, onUndo, onError }: { kept: KeptDraft } & Props) {
  const services = useServices();
  const { draft } = kept;
  const [stageId, setStageId] = useState(draft.stageId);
  const [brandName, setBrandName] = useState(draft.brandName);
  const { busy, run } = useBusyRun(onError);
  const target = useLiveQuery(() => services.studyWithFramework(draft.studyId), [draft.studyId]);
  const study = target.value?.study;
  const stages = target.value?.framework.stages ?? [];
  const n = draft.id.slice(0, 8);

  const save = () =>
    run(async () => {
      if (!study) throw new AppError('draft-study-missing');
      const clip = ClipDraftSchema.parse({ ...draft, stageId, brandName });
      const undo = await services.saveKeptDraft(clip, study.id, { ...kept, draft: { ...draft, stageId, brandName } });
      onUndo({ message: i18n.t('keptDraftSaved', [study.name]), undo });
    });
  const discard = () =>
    run(async () => {
      const undo = await services.discardKeptDraft(kept);
      onUndo({ message: i18n.t('keptDraftDiscarded'), undo });
    });

  return (
    <li class="kept-draft" aria-label={draft.quote.slice(0, 80)}>
      <blockquote class="clip-quote">{draft.quote.length > 300 ? `${draft.quote.slice(0, 300)}…` : draft.quote}</blockquote>
      {draft.note && <p class="clip-note">{draft.note}</p>}
      <p class="muted">
        {draft.site || draft.title || draft.url} · {kept.studyName || study?.name || '—'} ·{' '}
        <time dateTime={kept.savedAt}>{new Date(kept.savedAt).toLocaleString(locale.replace('_', '-'))}</time>
      </p>
      <div class="kept-fields">
        <label for={`kd-stage-${n}`}>{i18n.t('fieldStage')}</label>
        <select id={`kd-stage-${n}`} value={stageId} onChange={(e) => setStageId(e.currentTarget.value)}>
          <option value="">{i18n.t('fieldStageChoose')}</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {localize(s.short, locale)}
            </option>
          ))}
        </select>
        <label for={`kd-brand-${n}`}>{i18n.t('fieldBrand')}</label>
        <input id={`kd-brand-${n}`} type="text" maxLength={120} value={brandName} onInput={(e) => setBrandName(e.currentTarget.value)} />
      </div>
      <div class="clip-actions">
        <button type="button" class="btn btn-primary" disabled={busy || !stageId || !brandName.trim() || !study} onClick={() => void save()}>
          {i18n.t('keptDraftSave')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => void discard()}>
          {i18n.t('keptDraftDiscard')}
        </button>
      </div>
    </li>
  );
}
