import { i18n } from '#i18n';

/** A message a person can act on, for a failed request. */
export function describeFailure(failure: { code: string; message: string }): string {
  switch (failure.code) {
    case 'storage-full':
      return i18n.t('errorStorageFull');
    case 'storage-unavailable':
      return i18n.t('errorStorageUnavailable');
    case 'unreachable':
      return i18n.t('errorUnreachable');
    case 'invalid-message':
    case 'invalid-data':
      return i18n.t('errorInvalid', [failure.message.slice(0, 200)]);
    default:
      return i18n.t('errorGeneric', [failure.message.slice(0, 200)]);
  }
}
