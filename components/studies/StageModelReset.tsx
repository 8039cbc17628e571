import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { formatCount } from '@/lib/ui-locale';

/** How many clips taught this study's stage suggestions, and a button to forget them (with Undo). */
export function StageModelReset({ studyId, onError }: { studyId: string; onError(err: unknown): void }) {
  const services = useServices();
  const model = useLiveQuery(() => services.studyStageModel(studyId), [studyId]).value;
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const learned = model?.clips ?? 0;
  return (
    <div class="row">
      <p class="muted">{learned ? i18n.t('stageModelLearned', [formatCount(learned)]) : i18n.t('stageModelNothing')}</p>
      <button
        type="button"
        class="btn"
        disabled={!learned}
        onClick={() =>
          void services.forgetStudyStageModel(studyId).then((undo) => {
            if (undo) setUndo({ message: i18n.t('stageModelForgotten'), undo });
          }, onError)
        }
      >
        {i18n.t('stageModelForget')}
      </button>
      {undo && <UndoToast action={undo} ms={15000} onDone={() => setUndo(null)} onError={onError} />}
    </div>
  );
}
