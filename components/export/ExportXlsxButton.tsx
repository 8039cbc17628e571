import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { downloadBlob } from '@/lib/download';
import type { ClipFilter } from '@/lib/matrix/clip-filter';
import type { Locale } from '@/lib/model';
import { errorText } from '@/lib/errors/error-text';

/** "Export .xlsx": the study as a workbook (Clips, Matrix, Findings). The spreadsheet writer loads on first use. */
export function ExportXlsxButton({ studyId, locale, filter }: { studyId: string; locale: Locale; filter?: ClipFilter }) {
  const services = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function run() {
    setError('');
    setBusy(true);
    try {
      const { blob, fileName } = await services.exportStudyXlsx(studyId, locale, {
        clipsSheet: i18n.t('xlsxSheetClips'),
        matrixSheet: i18n.t('xlsxSheetMatrix'),
        findingsSheet: i18n.t('xlsxSheetFindings'),
        brand: i18n.t('fieldBrand'),
        stage: i18n.t('fieldStage'),
        clips: i18n.t('xlsxClips'),
        average: i18n.t('xlsxAverage'),
        finding: i18n.t('findingLabel'),
        total: i18n.t('matrixTotal'),
        cut: (omitted) => i18n.t('xlsxCut', [String(omitted)]),
      }, filter);
      downloadBlob(blob, fileName);
    } catch (e) {
      setError(errorText(e, { frame: 'exportFailed' }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" class="btn" onClick={run} disabled={busy} aria-busy={busy}>
        {i18n.t('exportXlsx')}
      </button>
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
    </>
  );
}
