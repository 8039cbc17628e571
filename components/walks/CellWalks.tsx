import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { errorText } from '@/lib/errors/error-text';
import type { Walk, WalkStep } from '@/lib/model/walk';
import type { Locale } from '@/lib/model/locale';
import { elapsedPerStep, summarizeWalk } from '@/lib/walks/walk-summary';
import type { StepPatch } from '@/lib/ui-services/shared';
import type { UndoAction } from '@/components/UndoToast';
import { durationText } from './walk-text';
import { stepText } from './walk-labels';

interface Props {
  walks: Walk[];
  steps: Map<string, WalkStep[]>;
  locale: Locale;
  onUndo(action: UndoAction): void;
  onError(text: string): void;
}


/** The walks of one matrix cell, each a list of steps to review and edit (every change can be undone). */
export function CellWalks({ walks, steps, locale, onUndo, onError }: Props) {
  if (!walks.length) return null;
  return (
    <section class="cell-walks" aria-label={i18n.t('walksTitle')}>
      <h3>{i18n.t('walksTitle')}</h3>
      {walks.map((w) => (
        <WalkReview key={w.id} walk={w} steps={steps.get(w.id) ?? []} locale={locale} onUndo={onUndo} onError={onError} />
      ))}
    </section>
  );
}

function WalkReview({ walk, steps, locale, onUndo, onError }: { walk: Walk; steps: WalkStep[]; locale: Locale; onUndo(a: UndoAction): void; onError(t: string): void }) {
  const services = useServices();
  const summary = summarizeWalk(walk, steps);
  const elapsed = elapsedPerStep(steps);
  const [task, setTask] = useState(walk.task);
  const [editing, setEditing] = useState<{ id: string; field: 'label' | 'note'; value: string } | undefined>();
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale.replace('_', '-'), { hour: '2-digit', minute: '2-digit', second: '2-digit' });

  async function run(work: () => Promise<UndoAction | void>) {
    try {
      const undo = await work();
      if (undo) onUndo(undo);
    } catch (e) {
      onError(errorText(e, { frame: 'walkError' }));
    }
  }

  const editStep = (step: WalkStep, patch: StepPatch, message: string) =>
    run(async () => ({ message, undo: await services.updateWalkStep(step.id, patch) }));

  return (
    <article class="walk" aria-label={i18n.t('walkReviewLabel', [walk.task])}>
      <header class="walk-head">
        <input
          class="walk-task"
          aria-label={i18n.t('walkTask')}
          value={task}
          maxLength={300}
          onInput={(e) => setTask(e.currentTarget.value)}
          onBlur={() => {
            const next = task.trim();
            if (!next || next === walk.task) return setTask(walk.task);
            void run(async () => {
              const undo = await services.renameWalk(walk.id, next, walk.task);
              return { message: i18n.t('walkRenamed'), undo };
            });
          }}
        />
        <span class="muted small">
          {i18n.t('walkCellSummary', [String(summary.steps), durationText(summary.elapsedMs), String(summary.friction)])}
          {walk.status !== 'stopped' && ` · ${i18n.t(walk.status === 'paused' ? 'walkStatusPaused' : 'walkStatusRecording')}`}
        </span>
        <button
          type="button"
          class="btn btn-link"
          onClick={() =>
            void run(async () => {
              const undo = await services.deleteWalk(walk.id);
              if (!undo) return;
              return { message: i18n.t('walkDeleted'), undo };
            })
          }
        >
          {i18n.t('walkDelete')}
        </button>
      </header>
      <ol class="walk-steps">
        {steps.map((step, i) => (
          <li key={step.id} class={step.friction ? 'walk-step friction' : 'walk-step'}>
            {step.thumb && <img class="walk-thumb" src={step.thumb} alt="" width={96} />}
            <div class="walk-step-body">
              <span class="walk-step-text">{stepText(step)}</span>
              <span class="muted small">
                {' '}
                {time(step.at)} · +{durationText(elapsed[i] ?? 0)}
                {step.action === 'page' && step.url ? ` · ${safeHost(step.url)}` : ''}
              </span>
              {step.note && <p class="walk-note">{step.note}</p>}
              {editing?.id === step.id && (
                <form
                  class="walk-edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const value = editing.value;
                    setEditing(undefined);
                    if (editing.field === 'label') {
                      const label = value.trim().slice(0, 300);
                      // The label the list already shows is not a rename.
                      if (label !== (step.label || stepText(step))) void editStep(step, { label }, i18n.t('walkStepChanged'));
                    } else if (value !== step.note) {
                      void editStep(step, { note: value.slice(0, 5000) }, i18n.t('walkStepChanged'));
                    }
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.stopPropagation();
                      setEditing(undefined);
                    }
                  }}
                >
                  {editing.field === 'label' ? (
                    <input aria-label={i18n.t('walkStepRenamePrompt')} value={editing.value} maxLength={300} ref={(el) => el?.focus()} onInput={(e) => setEditing({ ...editing, value: e.currentTarget.value })} />
                  ) : (
                    <textarea aria-label={i18n.t('walkNoteLabel')} value={editing.value} maxLength={5000} rows={3} ref={(el) => el?.focus()} onInput={(e) => setEditing({ ...editing, value: e.currentTarget.value })} />
                  )}
                  <button type="submit" class="btn">{i18n.t('save')}</button>
                  <button type="button" class="btn" onClick={() => setEditing(undefined)}>{i18n.t('cancel')}</button>
                </form>
              )}
              <div class="walk-step-tools">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={step.friction}
                    onChange={(e) => void editStep(step, { friction: e.currentTarget.checked }, i18n.t('walkStepChanged'))}
                  />{' '}
                  {i18n.t('walkFriction')}
                </label>
                <button type="button" class="btn btn-link" aria-expanded={editing?.id === step.id && editing.field === 'label'} onClick={() => setEditing({ id: step.id, field: 'label', value: step.label || stepText(step) })}>
                  {i18n.t('walkStepRename')}
                </button>
                <button type="button" class="btn btn-link" aria-expanded={editing?.id === step.id && editing.field === 'note'} onClick={() => setEditing({ id: step.id, field: 'note', value: step.note })}>
                  {i18n.t('walkNote')}
                </button>
                {i > 0 && (
                  <button
                    type="button"
                    class="btn btn-link"
                    onClick={() =>
                      void run(async () => {
                        const undo = await services.mergeWalkStepWithPrevious(step.id);
                        if (!undo) return;
                        return { message: i18n.t('walkStepsMerged'), undo };
                      })
                    }
                  >
                    {i18n.t('walkStepMerge')}
                  </button>
                )}
                <button
                  type="button"
                  class="btn btn-link"
                  onClick={() =>
                    void run(async () => {
                      const undo = await services.deleteWalkSteps([step.id]);
                      return { message: i18n.t('walkStepDeleted'), undo };
                    })
                  }
                >
                  {i18n.t('walkStepDelete')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
