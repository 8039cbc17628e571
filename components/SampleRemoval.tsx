import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from './services';
import type { Study } from '@/lib/model';
import { formatCount } from '@/lib/ui-locale';
import type { UndoAction } from './UndoToast';
import { useBusyRun } from './use-busy-run';

interface Props {
  /** Every study; the open ones that are not samples are where the researcher's own clips can go. */
  studies: readonly Study[];
  /** The study new clips go to, offered first as the place for the researcher's own clips. */
  activeId?: string;
  class?: string;
  onRemoved(undo: UndoAction): void;
  onError(message: string): void;
}

/**
 * "Remove sample study": removed at once (with Undo) when it holds only its
 * own clips; when the researcher saved clips into it, first says how many and
 * offers to move them to one of their studies.
 */
export function SampleRemoval({ studies, activeId, class: cls = 'btn', onRemoved, onError }: Props) {
  const services = useServices();
  const [own, setOwn] = useState<{ own: number; total: number } | null>(null);
  const { busy, run } = useBusyRun(onError);
  const targets = studies.filter((s) => !s.sample && !s.archived);
  const [target, setTarget] = useState('');
  const chosen = targets.find((s) => s.id === target) ?? targets.find((s) => s.id === activeId) ?? targets[0];


  const remove = (moveTo?: Study) =>
    run(async () => {
      const { clips, moved, undo } = await services.removeSamples(moveTo?.id);
      setOwn(null);
      onRemoved({
        message: moveTo
          ? i18n.t('sampleRemovedMoved', [formatCount(moved), moveTo.name])
          : i18n.t('sampleRemoved', [formatCount(clips)]),
        undo,
      });
    });

  const start = () =>
    run(async () => {
      const found = await services.clipsInSamples();
      if (found.own === 0) {
        await remove();
        return;
      }
      setOwn(found);
    });

  if (!own) {
    return (
      <button type="button" class={cls} disabled={busy} onClick={() => void start()}>
        {i18n.t('sampleRemove')}
      </button>
    );
  }
  return (
    <div class="sample-own" role="group" aria-label={i18n.t('sampleRemove')}>
      <p role="alert">{i18n.t('sampleOwnClips', [formatCount(own.own), formatCount(own.total)])}</p>
      {chosen && (
        <p>
          <label>
            {i18n.t('sampleMoveTo')}{' '}
            <select value={chosen.id} onChange={(e) => setTarget(e.currentTarget.value)}>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void remove(chosen)}>
            {i18n.t('sampleMoveAndRemove')}
          </button>
        </p>
      )}
      <p>
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void remove()}>
          {i18n.t('sampleRemoveAll', [formatCount(own.total)])}
        </button>{' '}
        <button type="button" class="btn" disabled={busy} onClick={() => setOwn(null)}>
          {i18n.t('cancel')}
        </button>
      </p>
    </div>
  );
}
