import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { uiLocale, formatCount } from '@/lib/ui-locale';
import { CellClips } from '@/components/matrix/CellClips';
import { FilterBar } from '@/components/matrix/FilterBar';
import { MatrixTable, type SelectedCell } from '@/components/matrix/MatrixTable';
import { ManagePanel } from '@/components/matrix/ManagePanel';
import { findingKey, loadMatrixView } from '@/components/matrix/load-matrix-view';
import { ExportCsvButton } from '@/components/export/ExportCsvButton';
import { MoreExports } from '@/components/export/MoreExports';
import { UndoToast, stackUndo, type UndoAction } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { SyncStatus } from '@/components/sync/SyncStatus';
import { getDb } from '@/lib/db/database';
import { clipsOfCell } from '@/lib/db/clip-reads';
import { filteredClips } from '@/lib/db/filtered-clips';
import { backupDue, checkCanary, requestPersistence } from '@/lib/db/durability';
import { setActiveStudy } from '@/lib/db/active-study';
import { setViewPrefs, type CellMode } from '@/lib/db/view-prefs';
import { downloadBlob } from '@/lib/download';
import { exportFileName } from '@/lib/export/file-name';
import { buildMatrix } from '@/lib/matrix/build-matrix';
import { aggregateClips } from '@/lib/matrix/cell-aggregate';
import { lookForKey, rubricKeyString } from '@/lib/matrix/coverage';
import { NO_FILTER, isFilterActive, type ClipFilter } from '@/lib/matrix/clip-filter';
import type { Clip } from '@/lib/model';
import { localize } from '@/lib/model/locale';

// Writes (which validate with zod) and rarely used tools load on first use,
// so the panel's first paint carries only what shows the matrix.
const writes = () => import('@/lib/db/clips-repo');

const db = getDb();
const locale = uiLocale();
const message = (e: unknown) => String((e as Error)?.message ?? e);

export function App() {
  const [ready, setReady] = useState<'pending' | 'ok' | string>('pending');
  const [selected, setSelected] = useState<SelectedCell | undefined>();
  const [undo, setUndo] = useState<UndoAction | undefined>();
  const [filter, setFilter] = useState<ClipFilter>(NO_FILTER);
  const [error, setError] = useState('');
  const [wiped, setWiped] = useState(false);

  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    // The background stores the defaults at install and start; the panel only
    // makes them itself (loading the built-in frameworks) when there is no study yet.
    db.studies
      .count()
      .then(async (n) => {
        if (n === 0) {
          const { ensureDefaults } = await import('@/lib/db/studies-repo');
          await ensureDefaults(db, i18n.t('defaultStudyName'));
        }
      })
      .then(async () => {
        // Durability: the canary tells a wiped database apart from a new one; ask to keep data under pressure.
        setWiped((await checkCanary(db, localStorage)) === 'wiped');
        void requestPersistence();
      })
      .then(() => setReady('ok'))
      .catch((e: unknown) => setReady(message(e)));
  }, []);

  const due = useLiveQuery(() => (ready === 'ok' ? backupDue(db) : undefined), [ready]);
  const view = useLiveQuery(() => (ready === 'ok' ? loadMatrixView(db) : undefined), [ready]);
  const v = view.value;
  const filtering = isFilterActive(filter);

  // With filters on, the matrix is aggregated from the clips that pass them.
  const filtered = useLiveQuery(
    () => (v && filtering ? filteredClips(db, v.study.id, filter) : undefined),
    [v?.study.id, filtering, JSON.stringify(filter)],
  );
  const tags = useLiveQuery(
    async () => {
      if (!v) return [];
      const keys = (await db.clips.orderBy('tags').uniqueKeys()) as string[];
      return keys.slice(0, 200);
    },
    [v?.study.id],
  );
  const cellClips = useLiveQuery(
    () => (v && selected && !filtering ? clipsOfCell(db, v.study.id, selected.brandId, selected.stageId) : undefined),
    [v?.study.id, selected?.brandId, selected?.stageId, filtering],
  );

  const matrix = useMemo(() => {
    if (!v) return undefined;
    if (!filtering) return v.matrix;
    if (!filtered.value) return v.matrix;
    return buildMatrix(v.visibleBrands, v.framework.stages, [...aggregateClips(filtered.value).values()]);
  }, [v, filtering, filtered.value]);

  if (ready !== 'ok' && ready !== 'pending') {
    return (
      <main class="panel">
        <p role="alert" class="error">{i18n.t('errorStorageUnavailable')} ({ready})</p>
      </main>
    );
  }
  if (!v || !matrix) return <main class="panel" aria-busy="true"><p class="muted">{i18n.t('loading')}</p></main>;

  const selBrand = selected && v.brands.find((b) => b.id === selected.brandId);
  const selStage = selected && v.framework.stages.find((s) => s.id === selected.stageId);
  const cellMode: CellMode = v.prefs.cellMode ?? 'clips';
  // The selected stage's checklist, one entry per stable key (see lookForKey).
  const checklist = selStage
    ? [...new Map(selStage.lookFor.map((item) => [lookForKey(item), localize(item, locale)])).entries()].map(([key, label]) => ({ key, label }))
    : [];
  const listed: Clip[] | undefined = filtering
    ? filtered.value
        ?.filter((c) => c.brandId === selected?.brandId && c.stageId === selected?.stageId)
        .sort((a, b) => b.capturedAt.localeCompare(a.capturedAt))
    : cellClips.value;

  async function onDelete(clip: Clip) {
    try {
      const { deleteClips, restoreClips } = await writes();
      const removed = await deleteClips(db, [clip.id]);
      setUndo((earlier) => stackUndo(earlier, { message: i18n.t('clipDeleted'), undo: () => restoreClips(db, removed) }));
    } catch (e) {
      setError(message(e));
    }
  }

  async function onDropClip(clipId: string, cell: SelectedCell) {
    try {
      const { updateClip } = await writes();
      await updateClip(db, clipId, { brandId: cell.brandId, stageId: cell.stageId });
    } catch (e) {
      setError(message(e));
    }
  }

  async function svgOfMatrix(): Promise<string> {
    const { matrixToSvg } = await import('@/lib/matrix/matrix-svg');
    return matrixToSvg(matrix!, {
      title: `${v!.study.name} — ${localize(v!.framework.name, locale)}`,
      stageLabel: (i) => localize(matrix!.stages[i]!.short, locale),
      total: i18n.t('matrixTotal'),
      gap: i18n.t('matrixGap'),
      // The image shows what the panel shows: clip counts, or coverage in the Coverage view.
      ...(v!.prefs.cellMode === 'coverage' ? { coverage: v!.coverage } : {}),
    });
  }

  async function saveImage(kind: 'png' | 'svg') {
    try {
      const svg = await svgOfMatrix();
      const { svgToPng } = await import('@/lib/matrix/matrix-svg');
      const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      downloadBlob(blob, exportFileName(v!.study.name, new Date(), kind, 'matrix'));
    } catch (e) {
      setError(i18n.t('exportFailed', [message(e)]));
    }
  }

  /** The sample study, loaded or removed from here too; its code loads on first use. */
  async function sample(action: 'load' | 'remove') {
    try {
      setSelected(undefined);
      setFilter(NO_FILTER);
      if (action === 'load') {
        const { loadSampleStudy } = await import('@/lib/demo/sample-study');
        await loadSampleStudy(db, { study: i18n.t('sampleStudyName') });
      } else {
        const { removeSampleWithUndo } = await import('@/components/sample-removal');
        const removal = await removeSampleWithUndo(db);
        setUndo((earlier) => stackUndo(earlier, removal));
      }
    } catch (e) {
      setError(message(e));
    }
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
              setFilter(NO_FILTER);
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
        <ExportCsvButton studyId={v.study.id} locale={locale} filter={filter} />
      </header>
      <p class="muted">{localize(v.framework.name, locale)}</p>
      <SyncStatus studyId={v.study.id} locale={locale} />
      {v.study.sample && (
        <p role="note" class="notice">
          {i18n.t('sampleNotice')}{' '}
          <button type="button" class="btn btn-link" onClick={() => void sample('remove')}>
            {i18n.t('sampleRemove')}
          </button>
        </p>
      )}
      {wiped && (
        <p role="alert" class="error">
          {i18n.t('canaryWiped')}
        </p>
      )}
      {!!due.value && (
        <p role="status" class="notice">
          {i18n.t('backupReminder', due.value, [formatCount(due.value)])}{' '}
          <button type="button" class="btn btn-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('backupNow')}
          </button>
        </p>
      )}
      <FilterBar filter={filter} tags={tags.value ?? []} locale={locale} onChange={setFilter} />
      {error && (
        <p role="alert" class="error">
          {error}{' '}
          <button type="button" class="btn btn-link" onClick={() => setError('')}>{i18n.t('close')}</button>
        </p>
      )}
      {v.brands.length === 0 && (
        <div class="empty">
          <strong>{i18n.t('emptyTitle')}</strong>
          <p>{i18n.t('emptyBody')}</p>
          {!v.studies.some((s) => s.sample) && (
            <p>
              {i18n.t('sampleTry')}{' '}
              <button type="button" class="btn" onClick={() => void sample('load')}>
                {i18n.t('sampleLoad')}
              </button>
            </p>
          )}
        </div>
      )}
      <div class="matrix-tools">
        <button
          type="button"
          class="btn"
          aria-pressed={v.prefs.transposed}
          onClick={() => void setViewPrefs(db, v.study.id, { ...v.prefs, transposed: !v.prefs.transposed })}
        >
          {i18n.t('matrixTranspose')}
        </button>
        <fieldset class="seg">
          <legend>{i18n.t('rubricShow')}</legend>
          {(['clips', 'coverage'] as const).map((mode) => (
            <label key={mode} class="seg-option">
              <input
                type="radio"
                name="cell-mode"
                value={mode}
                checked={cellMode === mode}
                onChange={() => void setViewPrefs(db, v.study.id, { ...v.prefs, cellMode: mode }).catch((e: unknown) => setError(message(e)))}
              />
              {mode === 'clips' ? i18n.t('rubricShowClips') : i18n.t('rubricShowCoverage')}
            </label>
          ))}
        </fieldset>
        <button type="button" class="btn" onClick={() => void saveImage('png')}>{i18n.t('saveImagePng')}</button>
        <button type="button" class="btn" onClick={() => void saveImage('svg')}>{i18n.t('saveImageSvg')}</button>
      </div>
      <MoreExports studyId={v.study.id} locale={locale} />
      <MatrixTable
        matrix={matrix}
        locale={locale}
        selected={selected}
        onSelect={setSelected}
        findings={v.findings}
        onDropClip={(id, cell) => void onDropClip(id, cell)}
        transposed={v.prefs.transposed}
        mode={cellMode}
        coverage={v.coverage}
      />
      {selected && selBrand && selStage && (
        <CellClips
          title={`${selBrand.name} × ${localize(selStage.short, locale)}`}
          clips={listed}
          locale={locale}
          stages={v.framework.stages}
          brands={v.brands}
          finding={v.findings.get(findingKey(selBrand.id, selStage.id)) ?? ''}
          onFinding={(text) =>
            void import('@/lib/db/findings-repo')
              .then(({ setFinding }) => setFinding(db, { studyId: v.study.id, brandId: selBrand.id, stageId: selStage.id }, text))
              .catch((e: unknown) => setError(message(e)))
          }
          cellId={rubricKeyString(selBrand.id, selStage.id)}
          brandName={selBrand.name}
          checklist={checklist}
          ticked={v.ticks.get(rubricKeyString(selBrand.id, selStage.id)) ?? []}
          onTick={(key, on) =>
            import('@/lib/db/rubric-repo').then(({ setRubricItem }) =>
              setRubricItem(db, { studyId: v.study.id, brandId: selBrand.id, stageId: selStage.id }, key, on).then(() => undefined),
            )
          }
          onDelete={(c) => void onDelete(c)}
          onError={setError}
          onClose={() => setSelected(undefined)}
        />
      )}
      <ManagePanel studyId={v.study.id} brands={v.brands} prefs={v.prefs} framework={v.framework} locale={locale} onError={setError} />
      {undo && <UndoToast action={undo} onDone={() => setUndo(undefined)} onError={(e) => setError(message(e))} />}
    </main>
  );
}
