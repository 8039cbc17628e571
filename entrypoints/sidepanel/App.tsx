import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { MatrixTable, type SelectedCell } from '@/components/matrix/MatrixTable';
import { ManagePanel } from '@/components/matrix/ManagePanel';
import { ExportCsvButton } from '@/components/export/ExportCsvButton';
import { ViewMenu } from '@/components/matrix/ViewMenu';
import { UndoToast, stackUndo, type UndoAction } from '@/components/UndoToast';
import { onUndoOffered } from '@/components/undo-bus';
import { useLiveQuery } from '@/components/use-live-query';
import { useStudyWalks } from '@/components/walks/use-walks';
import { Lazy, useLazyModule } from '@/components/lazy';
import { cellWalkText } from '@/components/walks/walk-text';
import { useServices } from '@/components/services';
import { arrangeMatrixView, findingKey, type CellMode, type ViewPrefs } from '@/lib/ui-services/shared';
import { usePreference } from '@/components/use-preference';
import { backupDueCount, backupReminderPref } from '@/lib/preferences/backup-reminder';
import { viewPrefsOf, viewPrefsPref } from '@/lib/preferences/view-prefs';
import { downloadBlob } from '@/lib/download';
import { buildMatrix } from '@/lib/matrix/build-matrix';
import { aggregateClips } from '@/lib/matrix/cell-aggregate';
import { lookForKey, rubricKeyString } from '@/lib/matrix/coverage';
import { NO_FILTER, isFilterActive, type ClipFilter } from '@/lib/matrix/clip-filter';
import type { Clip } from '@/lib/model';
import { localize } from '@/lib/model/locale';
import { plural } from '@/lib/i18n/plural';
import { errorTextLater } from '@/lib/errors/error-text-later';

// Writes (which validate with zod) and rarely used tools load on first use (in the services),
// so the panel's first paint carries only what shows the matrix.
const locale = uiLocale();

/** The database did not open: says so, with what went wrong when that adds anything. */
function storageUnavailableText(detail: string): string {
  const text = i18n.t('errorStorageUnavailable');
  return detail === text ? text : `${text} (${detail})`;
}

/**
 * Opens the options page (where backups are made). The browser API loads on the click; written as
 * an await, since Vite turns `import(…).then(({ browser }) => …)` into a static import as well.
 */
async function openOptionsPage(): Promise<void> {
  const { browser } = await import('wxt/browser');
  await browser.runtime.openOptionsPage();
}

export function App() {
  const services = useServices();
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
    services
      .ensureStudy(i18n.t('defaultStudyName'))
      .then(async () => {
        // Durability: the canary tells a wiped database apart from a new one; ask to keep data under pressure.
        setWiped((await services.checkCanary(localStorage)) === 'wiped');
        void services.requestPersistence();
      })
      .then(() => setReady('ok'))
      .catch((e: unknown) => errorTextLater(e).then(setReady));
  }, []);

  // Changes made anywhere in the panel offer their Undo in the one status toast.
  useEffect(() => onUndoOffered((action) => setUndo((earlier) => stackUndo(earlier, action))), []);

  // Clip forms whose page went away with typed work: offered again (their code loads only when there are some).
  const keptCount = useLiveQuery(() => (ready === 'ok' ? services.keptDraftCount() : 0), [ready]);
  const [Kept, setKept] = useState<typeof import('@/components/drafts/KeptDrafts').KeptDrafts | undefined>();
  useEffect(() => {
    if (keptCount.value && !Kept) {
      import('@/components/drafts/KeptDrafts')
        .then((m) => setKept(() => m.KeptDrafts))
        .catch((e: unknown) => errorTextLater(e).then(setError));
    }
  }, [keptCount.value]);

  const reminder = usePreference(backupReminderPref);
  const due = ready === 'ok' && reminder ? backupDueCount(reminder) : 0;
  const viewPrefs = usePreference(viewPrefsPref);
  const view = useLiveQuery(() => (ready === 'ok' ? services.loadMatrixData() : undefined), [ready]);
  // The read's error in the researcher's words (its sentences load with the first error).
  const [viewError, setViewError] = useState('');
  useEffect(() => {
    let current = true;
    if (view.error) void errorTextLater(view.error).then((text) => current && setViewError(text));
    else setViewError('');
    return () => {
      current = false;
    };
  }, [view.error]);
  // The arrangement (extension storage) applies at once, without reading the database again.
  const v = useMemo(() => (view.value && viewPrefs ? arrangeMatrixView(view.value, viewPrefsOf(viewPrefs, view.value.study.id)) : undefined), [view.value, viewPrefs]);
  const filtering = isFilterActive(filter);

  // With filters on, the matrix is aggregated from the clips that pass them.
  const filtered = useLiveQuery(
    () => (v && filtering ? services.filteredClips(v.study.id, filter) : undefined),
    [v?.study.id, filtering, JSON.stringify(filter)],
  );
  const tags = useLiveQuery(() => (v ? services.tagsOfStudy(v.study.id) : []), [v?.study.id]);
  const cellClips = useLiveQuery(
    () => (v && selected && !filtering ? services.clipsOfCell(v.study.id, selected.brandId, selected.stageId) : undefined),
    [v?.study.id, selected?.brandId, selected?.stageId, filtering],
  );

  // Walk-throughs: a summary in their cells, the list in the cell's drill-down (loaded when there is one).
  const walks = useStudyWalks(v?.study.id);
  const walkTexts = useMemo(() => new Map([...(walks?.byCell ?? new Map()).entries()].map(([k, list]) => [k, cellWalkText(list)])), [walks]);
  const selectedWalks = walks && selected ? walks.walks.filter((w) => w.brandId === selected.brandId && w.stageId === selected.stageId) : [];
  const cellWalks = useLazyModule(() => import('@/components/walks/CellWalks'), selectedWalks.length > 0);
  // The cell drill-down loads right after the first paint (it is not needed to show the matrix).
  const cellList = useLazyModule(() => import('@/components/matrix/CellClips'), ready === 'ok');

  const matrix = useMemo(() => {
    if (!v) return undefined;
    if (!filtering) return v.matrix;
    if (!filtered.value) return v.matrix;
    // Brand and stage filters narrow the grid itself; the others narrow the clips counted.
    const brands = filter.brandIds.length ? v.visibleBrands.filter((b) => filter.brandIds.includes(b.id)) : v.visibleBrands;
    const stages = filter.stageIds.length ? v.framework.stages.filter((st) => filter.stageIds.includes(st.id)) : v.framework.stages;
    return buildMatrix(brands, stages, [...aggregateClips(filtered.value).values()]);
  }, [v, filtering, filtered.value]);

  // Esc closes the drill-down (after any field in it has had its blur, so typed text is saved first).
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // A clip being edited keeps the drill-down open: its typed changes are saved or cancelled there.
      if (document.querySelector('.cell-clips .clip-edit')) return;
      const active = document.activeElement as HTMLElement | null;
      if (active && active.closest('.cell-clips')) active.blur();
      const cell = document.querySelector<HTMLButtonElement>('.mx-cell button[aria-pressed="true"]');
      setSelected(undefined);
      cell?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected]);

  if (ready !== 'ok' && ready !== 'pending') {
    return (
      <main class="panel">
        <p role="alert" class="error">{storageUnavailableText(ready)}</p>
      </main>
    );
  }
  if (!v && viewError) {
    return (
      <main class="panel">
        <p role="alert" class="error">{storageUnavailableText(viewError)}</p>
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

  async function onDropClip(clipId: string, cell: SelectedCell) {
    try {
      const done = await services.updateClip(clipId, { brandId: cell.brandId, stageId: cell.stageId });
      const undo = done?.undo;
      if (!undo) return;
      const brand = v?.brands.find((b) => b.id === cell.brandId);
      const stage = v?.framework.stages.find((s) => s.id === cell.stageId);
      setUndo((earlier) =>
        stackUndo(earlier, {
          message: i18n.t('clipMoved', [brand?.name ?? '', stage ? localize(stage.short, locale) : '']),
          undo,
        }),
      );
    } catch (e) {
      setError(await errorTextLater(e));
    }
  }

  async function saveImage(kind: 'png' | 'svg') {
    try {
      // The image shows what the panel shows (same big value, same filters), ready for a slide.
      const { matrixImageSvg } = await import('@/components/export/matrix-image');
      const svg = await matrixImageSvg({
        study: v!.study, framework: v!.framework, matrix: matrix!, prefs: v!.prefs, coverage: v!.coverage,
        findings: v!.findings, locale, filtered: filtering,
      });
      const [{ svgToPng }, { exportFileName }] = await Promise.all([import('@/lib/matrix/matrix-svg'), import('@/lib/export/file-name')]);
      const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      downloadBlob(blob, exportFileName(v!.study.name, new Date(), kind, 'matrix'));
    } catch (e) {
      setError(await errorTextLater(e, { frame: 'exportFailed' }));
    }
  }

  function savePrefs(prefs: ViewPrefs) {
    services.setViewPrefs(v!.study.id, prefs).catch((e: unknown) => errorTextLater(e).then(setError));
  }

  /** The sample study, loaded (for viewing) from here too; its code loads on first use. */
  async function loadSample() {
    try {
      setSelected(undefined);
      setFilter(NO_FILTER);
      await services.loadSampleStudy(i18n.t('sampleStudyName'));
    } catch (e) {
      setError(await errorTextLater(e));
    }
  }

  return (
    <main class="panel">
      <header class="panel-head">
        <div class="study-switch">
          <label for="study" class="study-label">{i18n.t('studyLabel')}</label>
          <select
            id="study"
            value={v.study.id}
            onChange={(e) => {
              setSelected(undefined);
              setFilter(NO_FILTER);
              void services.setActiveStudy(e.currentTarget.value);
            }}
          >
            {v.studies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="panel-actions">
          <ExportCsvButton studyId={v.study.id} locale={locale} filter={filter} />
          <ViewMenu
            prefs={v.prefs}
            onPrefs={savePrefs}
            onSaveImage={(kind) => void saveImage(kind)}
            exports={
              <Lazy load={() => import('@/components/export/MenuExports')}>
                {(m) => <m.MenuExports studyId={v.study.id} locale={locale} filter={filter} />}
              </Lazy>
            }
          />
        </div>
      </header>
      <p class="muted framework-name">{localize(v.framework.name, locale)}</p>
      <Lazy load={() => import('@/components/sync/SyncStatus')}>{(m) => <m.SyncStatus studyId={v.study.id} locale={locale} />}</Lazy>
      {v.study.sample && (
        <div role="note" class="notice">
          {i18n.t('sampleNotice')} {v.clipTarget && i18n.t('sampleClipsGoTo', [v.clipTarget.name])}{' '}
          <Lazy load={() => import('@/components/SampleRemoval')}>
            {(m) => (
              <m.SampleRemoval
                studies={v.studies}
                activeId={v.clipTarget?.id}
                class="btn btn-link"
                onRemoved={(removal) => {
                  setSelected(undefined);
                  setFilter(NO_FILTER);
                  setUndo((earlier) => stackUndo(earlier, removal));
                }}
                onError={setError}
              />
            )}
          </Lazy>
        </div>
      )}
      {!!keptCount.value && Kept && (
        <Kept locale={locale} onUndo={(action) => setUndo((earlier) => stackUndo(earlier, action))} onError={setError} />
      )}
      {wiped && (
        <p role="alert" class="error">
          {i18n.t('canaryWiped')}
        </p>
      )}
      {!!due && (
        <p role="status" class="notice">
          {plural('backupReminder', due)}{' '}
          <button type="button" class="btn btn-link" onClick={() => void openOptionsPage()}>
            {i18n.t('backupNow')}
          </button>
        </p>
      )}
      <Lazy load={() => import('@/components/matrix/FilterBar')}>
        {(m) => <m.FilterBar filter={filter} tags={tags.value ?? []} brands={v.brands} stages={v.framework.stages} locale={locale} onChange={setFilter} />}
      </Lazy>
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
              <button type="button" class="btn" onClick={() => void loadSample()}>
                {i18n.t('sampleLoad')}
              </button>
            </p>
          )}
        </div>
      )}
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
        walks={walkTexts}
        showFindings={!!v.prefs.showFindings}
      />
      {selected && selBrand && selStage && cellList && (
        <cellList.CellClips
          title={`${selBrand.name} × ${localize(selStage.short, locale)}`}
          clips={listed}
          locale={locale}
          stages={v.framework.stages}
          brands={v.brands}
          finding={v.findings.get(findingKey(selBrand.id, selStage.id)) ?? ''}
          onFinding={(text) =>
            void services
              .setFinding({ studyId: v.study.id, brandId: selBrand.id, stageId: selStage.id }, text)
              .catch((e: unknown) => errorTextLater(e).then(setError))
          }
          cellId={rubricKeyString(selBrand.id, selStage.id)}
          brandName={selBrand.name}
          checklist={checklist}
          ticked={v.ticks.get(rubricKeyString(selBrand.id, selStage.id)) ?? []}
          onTick={(key, on) =>
            services.setRubricItem({ studyId: v.study.id, brandId: selBrand.id, stageId: selStage.id }, key, on)
          }
          onError={setError}
          onClose={() => setSelected(undefined)}
        />
      )}
      {selected && cellWalks && walks && selectedWalks.length > 0 && (
        <cellWalks.CellWalks
          walks={selectedWalks}
          steps={walks.steps}
          locale={locale}
          onUndo={(action) => setUndo((earlier) => stackUndo(earlier, action))}
          onError={setError}
        />
      )}
      <Lazy load={() => import('@/components/walks/WalkTools')}>
        {(m) => <m.WalkTools study={v.study} brands={v.brands} walks={walks} locale={locale} onError={setError} />}
      </Lazy>
      <ManagePanel studyId={v.study.id} brands={v.brands} prefs={v.prefs} framework={v.framework} locale={locale} onError={setError} />
      {undo && <UndoToast action={undo} ms={15000} onDone={() => setUndo(undefined)} onError={(e) => void errorTextLater(e).then(setError)} />}
    </main>
  );
}
