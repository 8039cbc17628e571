import type { ClipFilter } from '@/lib/matrix/clip-filter';
import type { Locale } from '@/lib/model/locale';
import { ExportXlsxButton } from './ExportXlsxButton';
import { MoreExports } from './MoreExports';

/** The exports listed in the View and export menu (loaded after the panel's first paint). */
export function MenuExports({ studyId, locale, filter }: { studyId: string; locale: Locale; filter: ClipFilter }) {
  return (
    <>
      <ExportXlsxButton studyId={studyId} locale={locale} filter={filter} />
      <MoreExports studyId={studyId} locale={locale} />
    </>
  );
}
