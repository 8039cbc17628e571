import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/use-live-query';
import { useServices } from '@/components/services';
import type { SyncState } from '@/lib/sync/session';
import { syncStateText } from './sync-state-text';
import './sync.css';

/**
 * A shared study's sync state, and its live session while this page is open.
 * Renders nothing for a study that is not shared; the sync code (the only code
 * that opens a connection) is loaded only when the study is shared.
 */
export function SyncStatus({ studyId, locale }: { studyId: string; locale: string }) {
  const services = useServices();
  const config = useLiveQuery(() => services.syncConfig(studyId), [studyId]);
  const [state, setState] = useState<SyncState | null>(null);
  const raw = config.value ? JSON.stringify(config.value) : '';
  useEffect(() => {
    setState(null);
    if (!raw) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void services.watchSync(JSON.parse(raw), (s) => !cancelled && setState(s)).then((end) => {
      if (cancelled) end();
      else stop = end;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [raw]);
  if (!raw) return null;
  return (
    <p role="status" class={`sync-status sync-${state?.kind ?? 'connecting'}`}>
      {syncStateText(state, locale)}
    </p>
  );
}
