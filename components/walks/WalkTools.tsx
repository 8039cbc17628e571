import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { downloadBlob } from '@/lib/download';
import type { Brand, Study } from '@/lib/model';
import type { Locale } from '@/lib/model/locale';
import { useLazyModule } from '@/components/lazy';
import type { StudyWalks } from './use-walks';
import { errorText } from '@/lib/errors/error-text';

/** The web page a walk records: `?tab=<id>` (the panel opened as a page of its own), else the active tab. */
export async function walkTargetTab(): Promise<number | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return id;
  const { browser } = await import('wxt/browser');
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && /^https?:/.test(tab.url ?? '') ? tab.id : undefined;
}

/**
 * The side panel's walk-through tools: Start walk-through, Export walks CSV,
 * and the side-by-side comparison of walks of the same task. The dialog and the
 * comparison load on first use.
 */
export function WalkTools({ study, brands, walks, locale, onError }: { study: Study; brands: Brand[]; walks: StudyWalks | undefined; locale: Locale; onError(text: string): void }) {
  const services = useServices();
  const [starting, setStarting] = useState<{ tabId: number | undefined } | undefined>();
  const [comparing, setComparing] = useState(false);
  const [notice, setNotice] = useState('');
  const dialog = useLazyModule(() => import('./StartWalkDialog'), !!starting);
  const compare = useLazyModule(() => import('./WalkCompare'), comparing);
  const count = walks?.walks.length ?? 0;

  async function exportWalks() {
    try {
      const { blob, fileName } = await services.exportWalksCsv(study.id);
      downloadBlob(blob, fileName);
    } catch (e) {
      onError(errorText(e, { frame: 'exportFailed' }));
    }
  }

  return (
    <section class="walk-tools" aria-labelledby="walks-title">
      <h2 id="walks-title">{i18n.t('walksTitle')}</h2>
      {count === 0 && <p class="muted">{i18n.t('walksEmpty')}</p>}
      <div class="row">
        <button type="button" class="btn" onClick={() => void walkTargetTab().then((tabId) => setStarting({ tabId }))}>
          {i18n.t('walkStart')}
        </button>
        <button type="button" class="btn" disabled={count === 0} onClick={() => void exportWalks()}>
          {i18n.t('walksExport')}
        </button>
        <button type="button" class="btn" aria-expanded={comparing} disabled={count === 0} onClick={() => setComparing((c) => !c)}>
          {i18n.t('walksCompare')}
        </button>
      </div>
      {notice && <p role="status" class="notice">{notice}</p>}
      {starting && dialog && (
        <dialog.StartWalkDialog
          tabId={starting.tabId}
          onStarted={() => {
            setStarting(undefined);
            setNotice(i18n.t('walkStartedNote'));
          }}
          onCancel={() => setStarting(undefined)}
        />
      )}
      {comparing && compare && walks && <compare.WalkCompare walks={walks} brands={brands} locale={locale} />}
    </section>
  );
}
