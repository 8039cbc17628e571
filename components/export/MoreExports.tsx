import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { downloadBlob } from '@/lib/download';
import type { Locale } from '@/lib/model/locale';
import { plural } from '@/lib/i18n/plural';
import { errorText } from '@/lib/errors/error-text';

const labels = () => ({
  title: i18n.t('reportTitle'),
  clips: (n: number) => plural('cellCount', n),
  averageScore: i18n.t('matrixAverage'),
  finding: i18n.t('findingLabel'),
  noEvidence: i18n.t('matrixGap'),
  generated: i18n.t('reportGenerated'),
  colon: i18n.t('labelColon').trimEnd(),
});

/** Matrix summary CSV, Markdown report (download or clipboard). The exporters load on first use. */
export function MoreExports({ studyId, locale }: { studyId: string; locale: Locale }) {
  const services = useServices();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  async function run(kind: 'summary' | 'report' | 'copy') {
    setStatus({ text: i18n.t('exportProgress') });
    try {
      const { walkReportLabels } = await import('@/components/walks/walk-labels');
      if (kind === 'summary') {
        const { blob, fileName } = await services.exportMatrixSummary(studyId, locale, i18n.t('matrixTotal'));
        downloadBlob(blob, fileName);
        setStatus(null);
        return;
      }
      const { text, fileName } = await services.exportMarkdownReport(studyId, locale, labels(), walkReportLabels());
      if (kind === 'report') {
        downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), fileName);
        setStatus(null);
      } else {
        await navigator.clipboard.writeText(text);
        setStatus({ text: i18n.t('reportCopied') });
      }
    } catch (e) {
      setStatus({ text: errorText(e, { frame: 'exportFailed' }), error: true });
    }
  }
  return (
    <div class="more-exports">
      <button type="button" class="btn" onClick={() => void run('summary')}>{i18n.t('exportSummary')}</button>
      <button type="button" class="btn" onClick={() => void run('report')}>{i18n.t('exportReport')}</button>
      <button type="button" class="btn" onClick={() => void run('copy')}>{i18n.t('copyReport')}</button>
      {status && <span role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'muted'}>{status.text}</span>}
    </div>
  );
}
