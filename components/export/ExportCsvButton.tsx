import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { downloadBlob } from '@/lib/download';
import type { ClipFilter } from '@/lib/matrix/clip-filter';
import type { Locale } from '@/lib/model';
import { errorTextLater } from '@/lib/errors/error-text-later';

/** "Export CSV": streams the study's clips into a file, with progress for large studies. */
export function ExportCsvButton({ studyId, locale, filter }: { studyId: string; locale: Locale; filter?: ClipFilter }) {
  const services = useServices();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  async function run() {
    setError('');
    setProgress(0);
    try {
      // The CSV writer loads on first use, keeping the panel's first paint small.
      const { blob, fileName } = await services.exportStudyCsv(studyId, locale, (done, total) =>
        setProgress(total ? done / total : 1),
      filter);
      downloadBlob(blob, fileName);
    } catch (e) {
      setError(await errorTextLater(e, { frame: 'exportFailed' }));
    } finally {
      setProgress(null);
    }
  }
  return (
    <>
      <button type="button" class="btn btn-primary" onClick={run} disabled={progress !== null}>
        {i18n.t('exportCsv')}
      </button>
      {progress !== null && (
        <progress max={1} value={progress} aria-label={i18n.t('exportProgress')} />
      )}
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
    </>
  );
}
