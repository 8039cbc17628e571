import { i18n } from '#i18n';
import { formatCount, formatDay } from '@/lib/ui-locale';
import type { SyncState } from '@/lib/sync/session';

/** A time of today as `14:05`; of another day with its date (`1 Dec 14:05`), so "offline since" is never ambiguous. */
function when(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString(locale.replace('_', '-'), { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString() ? time : `${formatDay(date, now)} ${time}`;
}

/** The panel's sync line. English starts with Synced, Syncing, Offline or Sync error (DESIGN §4). */
export function syncStateText(state: SyncState | null, locale: string, now = new Date()): string {
  if (!state || state.kind === 'connecting') return i18n.t('syncStateConnecting');
  switch (state.kind) {
    case 'syncing':
      return state.changes > 0 ? i18n.t('syncStateSyncingCount', state.changes, [formatCount(state.changes)]) : i18n.t('syncStateSyncingNow');
    case 'synced':
      return i18n.t('syncStateSynced', [when(state.at, locale, now)]);
    case 'offline':
      return i18n.t('syncStateOffline', [when(state.since, locale, now)]);
    case 'error':
      return state.reason === 'auth' ? i18n.t('syncStateAuth', [state.message]) : i18n.t('syncStateWrite', [state.message]);
  }
}
