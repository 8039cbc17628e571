import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { request } from '@/lib/messaging/client';
import type { WalkContext } from '@/lib/messaging/protocol';
import { walkFailureText } from './walk-errors';

/**
 * "Walk-through": the task, brand and stage of a walk to record in a tab, then
 * Start. Used by the popup and the side panel. The brand is pre-filled when the
 * tab is on a study brand's own site.
 */
export function StartWalkDialog({ tabId, onStarted, onCancel }: { tabId: number | undefined; onStarted(): void; onCancel(): void }) {
  const [context, setContext] = useState<WalkContext | undefined>();
  const [error, setError] = useState('');
  const [task, setTask] = useState('');
  const [brand, setBrand] = useState('');
  const [stage, setStage] = useState('');
  const [screenshots, setScreenshots] = useState(false);
  const [busy, setBusy] = useState(false);
  const taskRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (tabId === undefined) {
      setError(i18n.t('walkNotWebPage'));
      return;
    }
    void request({ type: 'walk/context', tabId }).then((answer) => {
      if (!answer.ok) return setError(walkFailureText(answer));
      setContext(answer.context);
      setBrand(answer.context.brandName);
      if (!answer.context.page) setError(i18n.t('walkNotWebPage'));
    });
    taskRef.current?.focus();
  }, [tabId]);

  async function start(e: Event) {
    e.preventDefault();
    if (tabId === undefined || !context?.page) return setError(i18n.t('walkNotWebPage'));
    if (!task.trim()) return setError(i18n.t('walkTaskRequired'));
    if (!brand.trim()) return setError(i18n.t('walkBrandRequired'));
    if (!stage) return setError(i18n.t('walkStageRequired'));
    setBusy(true);
    const answer = await request({ type: 'walk/start', tabId, task: task.trim(), brandName: brand.trim(), stageId: stage, screenshots });
    setBusy(false);
    if (!answer.ok) return setError(walkFailureText(answer));
    onStarted();
  }

  return (
    <div
      class="walk-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="walk-dialog-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <form onSubmit={(e) => void start(e)}>
        <h2 id="walk-dialog-title">{i18n.t('walkDialogTitle')}</h2>
        <p class="muted">{i18n.t('walkDialogIntro')}</p>
        {context?.running && <p class="notice">{i18n.t('walkRunning', [context.running.task])}</p>}
        <label for="walk-task">{i18n.t('walkTask')}</label>
        <input
          id="walk-task"
          ref={taskRef}
          value={task}
          maxLength={300}
          placeholder={i18n.t('walkTaskPlaceholder')}
          onInput={(e) => setTask(e.currentTarget.value)}
        />
        <label for="walk-brand">{i18n.t('fieldBrand')}</label>
        <input id="walk-brand" list="walk-brands" value={brand} maxLength={120} onInput={(e) => setBrand(e.currentTarget.value)} />
        <datalist id="walk-brands">
          {context?.brands.map((b) => <option key={b} value={b} />)}
        </datalist>
        <label for="walk-stage">{i18n.t('fieldStage')}</label>
        <select id="walk-stage" value={stage} onChange={(e) => setStage(e.currentTarget.value)}>
          <option value="">{i18n.t('fieldStageChoose')}</option>
          {context?.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} — {s.name}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" checked={screenshots} onChange={(e) => setScreenshots(e.currentTarget.checked)} /> {i18n.t('walkScreenshots')}
        </label>
        <p class="muted small">{i18n.t('walkBarPrivacy')}</p>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={busy || !context?.page}>
            {i18n.t('walkStartButton')}
          </button>
          <button type="button" class="btn" onClick={onCancel}>
            {i18n.t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
