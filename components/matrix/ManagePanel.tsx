import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ViewPrefs } from '@/lib/ui-services/shared';
import type { Brand, Framework } from '@/lib/model';
import type { Locale } from '@/lib/model/locale';
import { errorTextLater } from '@/lib/errors/error-text-later';

interface Props {
  studyId: string;
  brands: Brand[];
  prefs: ViewPrefs;
  framework: Framework;
  locale: Locale;
  onError(message: string): void;
}

interface Managers {
  BrandManager: ComponentType<{ studyId: string; brands: Brand[]; prefs: ViewPrefs; onError(m: string): void }>;
  StageManager: ComponentType<{ studyId: string; framework: Framework; locale: Locale; onError(m: string): void }>;
}

/** "Manage brands and stages": its editors (and their write code) load when it is first opened. */
export function ManagePanel(props: Props) {
  const [managers, setManagers] = useState<Managers | undefined>();
  const [open, setOpen] = useState(false);
  return (
    <details
      class="manage"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && !managers) {
          Promise.all([import('./BrandManager'), import('./StageManager')])
            .then(([b, s]) => setManagers({ BrandManager: b.BrandManager, StageManager: s.StageManager }))
            .catch((err: unknown) => errorTextLater(err).then(props.onError));
        }
      }}
    >
      <summary>{i18n.t('manageHeading')}</summary>
      {open && !managers && <p class="muted" aria-busy="true">{i18n.t('loading')}</p>}
      {open && managers && (
        <>
          <managers.BrandManager studyId={props.studyId} brands={props.brands} prefs={props.prefs} onError={props.onError} />
          <managers.StageManager studyId={props.studyId} framework={props.framework} locale={props.locale} onError={props.onError} />
        </>
      )}
    </details>
  );
}
