import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { getDb } from '@/lib/db/database';
import { downloadBlob } from '@/lib/download';
import type { ClipFilter } from '@/lib/matrix/clip-filter';
import type { Locale } from '@/lib/model';

/** "Export CSV": streams the study's clips into a file, with progress for large studies. */
export function ExportCsvButton({ studyId, locale, filter }: { studyId: string; locale: Locale; filter?: ClipFilter }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  async function run() {
    setError('');
    setProgress(0);
    try {
      const db = getDb();
      // The CSV writer loads on first use, keeping the panel's first paint small.
      const { exportStudyCsv } = await import('@/lib/export/export-study-csv');
      const { blob, fileName } = await exportStudyCsv(db, studyId, locale, (done, total) =>
        setProgress(total ? done / total : 1),
      filter);
      downloadBlob(blob, fileName);
    } catch (e) {
      setError(i18n.t('exportFailed', [String((e as Error).message ?? e)]));
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
