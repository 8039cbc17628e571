import { i18n } from '#i18n';

/** A failed walk request in the user's language. */
export function walkFailureText(failure: { code: string; message: string }): string {
  switch (failure.code) {
    case 'not-web-page':
      return i18n.t('walkNotWebPage');
    case 'walk-stopped':
      return i18n.t('walkAlreadyStopped');
    case 'unknown-stage':
      return i18n.t('walkStageRequired');
    case 'unreachable':
      return i18n.t('walkUnreachable');
    case 'storage-full':
      return i18n.t('walkStorageFull');
    default:
      return i18n.t('walkError', [failure.message]);
  }
}
