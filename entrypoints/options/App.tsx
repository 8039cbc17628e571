import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { useLiveQuery } from '@/components/use-live-query';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { ImportCsvPanel } from '@/components/import/ImportCsvPanel';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { StudiesPanel } from '@/components/studies/StudiesPanel';
import { TeamSyncPanel } from '@/components/sync/TeamSyncPanel';
import { useServices } from '@/components/services';
import { SampleRemoval } from '@/components/SampleRemoval';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import { errorText } from '@/lib/errors/error-text';

const locale = uiLocale();

export function App() {
  const services = useServices();
  const [ready, setReady] = useState(false);
  const [error, setError] = useState('');
  const [sampleBusy, setSampleBusy] = useState(false);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    void services.ensureDefaults(i18n.t('defaultStudyName')).then(() => setReady(true));
  }, []);
  const studies = useLiveQuery(async () => {
    if (!ready) return undefined;
    return services.studiesWithActive();
  }, [ready]);

  async function onSampleLoad() {
    setError('');
    setSampleBusy(true);
    try {
      // The sample opens for viewing; the active study (where clips go) stays as it was.
      await services.loadSampleStudy(i18n.t('sampleStudyName'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSampleBusy(false);
    }
  }
  const hasSample = !!studies.value?.all.some((s) => s.sample);

  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <StudiesPanel locale={locale} ready={ready} />
      {ready && <TeamSyncPanel locale={locale} />}
      <section aria-labelledby="sample-h">
        <h2 id="sample-h">{i18n.t('sampleHeading')}</h2>
        <p class="muted">{i18n.t('sampleIntro')}</p>
        {hasSample ? (
          <SampleRemoval
            studies={studies.value?.all ?? []}
            activeId={studies.value?.active}
            onRemoved={setUndo}
            onError={setError}
          />
        ) : (
          <button type="button" class="btn" disabled={sampleBusy} onClick={() => void onSampleLoad()}>
            {i18n.t('sampleLoad')}
          </button>
        )}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {undo && <UndoToast action={undo} ms={15000} onDone={() => setUndo(null)} onError={(e) => setError(errorText(e))} />}
      </section>
      <SettingsPanel />
      <BackupPanel />
      {studies.value && <ImportCsvPanel studies={studies.value.all.filter((s) => !s.archived)} activeId={studies.value.active} />}
    </main>
  );
}
