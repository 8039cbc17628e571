import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CellClips } from '@/components/matrix/CellClips';
import { MatrixTable, type SelectedCell } from '@/components/matrix/MatrixTable';
import { loadMatrixView } from '@/components/matrix/load-matrix-view';
import { ExportCsvButton } from '@/components/export/ExportCsvButton';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { getDb } from '@/lib/db/database';
import { clipsOfCell, deleteClips, restoreClips } from '@/lib/db/clips-repo';
import { ensureDefaults, setActiveStudy } from '@/lib/db/studies-repo';
import { localize, pickLocale, type Clip } from '@/lib/model';

const db = getDb();
const locale = pickLocale(browser.i18n.getUILanguage());

export function App() {
  const [ready, setReady] = useState<'pending' | 'ok' | string>('pending');
  const [selected, setSelected] = useState<SelectedCell | undefined>();
  const [undo, setUndo] = useState<UndoAction | undefined>();

  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    ensureDefaults(db, i18n.t('defaultStudyName'))
      .then(() => setReady('ok'))
      .catch((e: unknown) => setReady(String((e as Error)?.message ?? e)));
  }, []);

  const view = useLiveQuery(() => (ready === 'ok' ? loadMatrixView(db) : undefined), [ready]);
  const v = view.value;
  const cellClips = useLiveQuery(
    () => (v && selected ? clipsOfCell(db, v.study.id, selected.brandId, selected.stageId) : undefined),
    [v?.study.id, selected?.brandId, selected?.stageId],
  );

  if (ready !== 'ok' && ready !== 'pending') {
    return (
      <main class="panel">
        <p role="alert" class="error">{i18n.t('errorStorageUnavailable')} ({ready})</p>
      </main>
    );
  }
  if (!v) return <main class="panel" aria-busy="true"><p class="muted">{i18n.t('loading')}</p></main>;

  const selRow = selected && v.matrix.rows.find((r) => r.brand.id === selected.brandId);
  const selStage = selected && v.framework.stages.find((s) => s.id === selected.stageId);

  async function onDelete(clip: Clip) {
    const removed = await deleteClips(db, [clip.id]);
    setUndo({
      message: i18n.t('clipDeleted'),
      undo: () => restoreClips(db, removed),
    });
  }

  return (
    <main class="panel">
      <header class="panel-head">
        <div class="study-switch">
          <label for="study">{i18n.t('studyLabel')}</label>
          <select
            id="study"
            value={v.study.id}
            onChange={(e) => {
              setSelected(undefined);
              void setActiveStudy(db, e.currentTarget.value);
            }}
          >
            {v.studies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <ExportCsvButton studyId={v.study.id} locale={locale} />
      </header>
      <p class="muted">{localize(v.framework.name, locale)}</p>
      {v.matrix.rows.length === 0 && (
        <div class="empty">
          <strong>{i18n.t('emptyTitle')}</strong>
          <p>{i18n.t('emptyBody')}</p>
        </div>
      )}
      <MatrixTable matrix={v.matrix} locale={locale} selected={selected} onSelect={setSelected} />
      {selected && selRow && selStage && (
        <CellClips
          title={`${selRow.brand.name} × ${localize(selStage.short, locale)}`}
          clips={cellClips.value}
          locale={locale}
          onDelete={(c) => void onDelete(c)}
          onClose={() => setSelected(undefined)}
        />
      )}
      {undo && <UndoToast action={undo} onDone={() => setUndo(undefined)} />}
    </main>
  );
}
