import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount, formatDay } from '@/lib/ui-locale';
import { useLiveQuery } from '@/components/use-live-query';
import { UndoToast, stackUndo, type UndoAction } from '@/components/UndoToast';
import { useServices } from '@/components/services';
import { BUILTIN_FRAMEWORKS, localize, type Locale, type Study } from '@/lib/model';
import { NewStudyForm } from './NewStudyForm';
import { StudyEditor } from './StudyEditor';
import { studyErrorText } from './study-errors';

/**
 * The options page's studies: switch, edit (name, lenses, competitors),
 * duplicate, archive and delete (with undo) — and a new study in one step.
 */
export function StudiesPanel({ locale, ready }: { locale: Locale; ready: boolean }) {
  const services = useServices();
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const [error, setError] = useState('');
  const data = useLiveQuery(async () => {
    if (!ready) return undefined;
    return services.studiesOverview();
  }, [ready]);

  async function act(action: () => Promise<void>) {
    setError('');
    try {
      await action();
    } catch (err) {
      setError(studyErrorText(err));
    }
  }

  const frameworkName = (s: Study) => {
    const f = data.value?.frameworks.get(s.frameworkId) ?? BUILTIN_FRAMEWORKS.find((b) => b.id === s.frameworkId);
    if (!f) return s.frameworkId;
    return f.builtin ? localize(f.name, locale) : i18n.t('studiesCustomFrameworkOf', [String(f.stages.length)]);
  };

  const row = (s: Study) => {
    const counts = data.value?.counts.get(s.id) ?? { clips: 0, brands: 0 };
    const isActive = data.value?.active === s.id && !s.archived;
    return (
      <li key={s.id} class={isActive ? 'study active' : 'study'}>
        <div class="study-line">
          <span class="study-name">
            <strong>{s.name}</strong> {s.sample && <span class="badge">{i18n.t('sampleBadge')}</span>}{' '}
            {isActive && <span class="badge badge-active">{i18n.t('studyActive')}</span>}
            {s.sample && data.value?.viewed === s.id && <span class="badge" title={i18n.t('studyViewingHint')}>{i18n.t('studyViewing')}</span>}
            <br />
            <span class="muted">
              {frameworkName(s)} · {i18n.t('studiesCounts', [formatCount(counts.clips), formatCount(counts.brands)])} ·{' '}
              {formatDay(s.createdAt)}
            </span>
          </span>
          <span class="study-actions">
            {!s.archived && !isActive && !s.sample && (
              <button type="button" class="btn" onClick={() => void act(() => services.setActiveStudy(s.id))}>
                {i18n.t('studyMakeActive')}
              </button>
            )}
            {!s.archived && (
              <button
                type="button"
                class="btn"
                aria-expanded={editing === s.id}
                aria-label={i18n.t('studiesEditOf', [s.name])}
                onClick={() => setEditing(editing === s.id ? null : s.id)}
              >
                {i18n.t('edit')}
              </button>
            )}
            {!s.archived && (
              <button
                type="button"
                class="btn"
                aria-label={i18n.t('studiesDuplicateOf', [s.name])}
                title={i18n.t('studiesDuplicateHint')}
                onClick={() => void act(async () => void (await services.duplicateStudy(s.id, i18n.t('studiesCopyName', [s.name]).slice(0, 200))))}
              >
                {i18n.t('studiesDuplicate')}
              </button>
            )}
            <button
              type="button"
              class="btn"
              aria-label={i18n.t(s.archived ? 'studiesUnarchiveOf' : 'studiesArchiveOf', [s.name])}
              onClick={() => void act(() => services.setStudyArchived(s.id, !s.archived))}
            >
              {i18n.t(s.archived ? 'studiesUnarchive' : 'studiesArchive')}
            </button>
            <button
              type="button"
              class="btn btn-danger"
              aria-label={i18n.t('studiesDeleteOf', [s.name])}
              onClick={() =>
                void act(async () => {
                  const deleted = await services.deleteStudy(s.id);
                  if (editing === s.id) setEditing(null);
                  setUndo((earlier) =>
                    stackUndo(earlier, {
                      message: i18n.t('studiesDeleted', [s.name, formatCount(deleted.clipCount)]),
                      undo: deleted.undo,
                    }),
                  );
                })
              }
            >
              {i18n.t('delete')}
            </button>
          </span>
        </div>
        {editing === s.id && <StudyEditor study={s} onClose={() => setEditing(null)} />}
      </li>
    );
  };

  const open = data.value?.all.filter((s) => !s.archived) ?? [];
  const archived = data.value?.all.filter((s) => s.archived) ?? [];
  return (
    <section aria-labelledby="studies-h">
      <h2 id="studies-h">{i18n.t('studiesHeading')}</h2>
      {data.value && !open.length && <p class="muted">{i18n.t('studiesNone')}</p>}
      <ul class="study-list" aria-label={i18n.t('studiesHeading')}>
        {open.map(row)}
      </ul>
      {archived.length > 0 && (
        <details class="archived">
          <summary>{i18n.t('studiesArchived', [String(archived.length)])}</summary>
          <ul class="study-list" aria-label={i18n.t('studiesArchivedList')}>
            {archived.map(row)}
          </ul>
        </details>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <NewStudyForm locale={locale} />
      {undo && <UndoToast action={undo} ms={15000} onDone={() => setUndo(null)} onError={(err) => setError(studyErrorText(err))} />}
    </section>
  );
}
