import { i18n } from '#i18n';
import type { SyncState } from '@/lib/sync/session';

/** The panel's sync line. English starts with Synced, Syncing, Offline or Sync error (DESIGN §4). */
export function syncStateText(state: SyncState | null, locale: string): string {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale.replace('_', '-'), { hour: '2-digit', minute: '2-digit' });
  if (!state || state.kind === 'connecting') return i18n.t('syncStateConnecting');
  switch (state.kind) {
    case 'syncing':
      return i18n.t('syncStateSyncing', [String(state.changes)]);
    case 'synced':
      return i18n.t('syncStateSynced', [time(state.at)]);
    case 'offline':
      return i18n.t('syncStateOffline', [time(state.since)]);
    case 'error':
      return state.reason === 'auth' ? i18n.t('syncStateAuth', [state.message]) : i18n.t('syncStateWrite', [state.message]);
  }
}
