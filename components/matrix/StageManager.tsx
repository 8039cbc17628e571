import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import type { UiServices } from '@/lib/ui-services/types';
import { localize, type Framework, type Locale, type Stage } from '@/lib/model';
import { offerUndo } from '@/components/undo-bus';
import { errorText } from '@/lib/errors/error-text';

/** Runs a stage edit and offers its Undo (the study's stages as they were before). */
async function withUndo(services: UiServices, studyId: string, message: string, edit: () => Promise<unknown>): Promise<void> {
  // The Undo's failure (a stage it would remove holds clips) is worded by errorText where it is shown.
  const undo = await services.snapshotStages(studyId);
  await edit();
  offerUndo({ message, undo });
}

interface Props {
  studyId: string;
  framework: Framework;
  locale: Locale;
  onError(message: string): void;
}

function StageRow({ stage, index, count, studyId, locale, onError }: { stage: Stage; index: number; count: number } & Omit<Props, 'framework'>) {
  const services = useServices();
  const stored = localize(stage.short, locale);
  const [label, setLabel] = useState(stored);
  /** The label last written (or stored): Enter and then blur write once; tabbing through writes nothing. */
  const written = useRef(stored);
  useEffect(() => {
    setLabel(stored);
    written.current = stored;
  }, [stored]);
  const run = (p: Promise<unknown>) => p.catch((e: unknown) => onError(errorText(e)));
  const commit = () => {
    const next = label.trim();
    if (next === written.current) return;
    if (!next) return setLabel(stored);
    written.current = next;
    void withUndo(services, studyId, i18n.t('stageRenamed', [stored, next]), () => services.renameStage(studyId, stage.id, next)).catch((e: unknown) => {
      written.current = stored;
      setLabel(stored);
      onError(errorText(e));
    });
  };
  return (
    <li>
      <span class="mx-swatch" style={{ background: stage.color }} aria-hidden="true" />
      <input
        type="text"
        value={label}
        maxLength={60}
        aria-label={i18n.t('stageRename', [localize(stage.short, locale)])}
        onInput={(e) => setLabel(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <button type="button" class="btn" disabled={index === 0} aria-label={i18n.t('moveUp', [label])} onClick={() => void run(withUndo(services, studyId, i18n.t('stageMoved', [stored]), () => services.moveStage(studyId, stage.id, -1)))}>↑</button>
      <button type="button" class="btn" disabled={index === count - 1} aria-label={i18n.t('moveDown', [label])} onClick={() => void run(withUndo(services, studyId, i18n.t('stageMoved', [stored]), () => services.moveStage(studyId, stage.id, 1)))}>↓</button>
      <LookForEditor stage={stage} studyId={studyId} locale={locale} onError={onError} />
    </li>
  );
}

/** A stage's "what to look for" checklist, one item per line; items kept as they were keep their ticks. */
function LookForEditor({ stage, studyId, locale, onError }: { stage: Stage } & Omit<Props, 'framework'>) {
  const services = useServices();
  const current = stage.lookFor.map((item) => localize(item, locale)).join('\n');
  const [text, setText] = useState(current);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(current), [current]);
  const name = localize(stage.short, locale);
  return (
    <details class="lookfor-edit">
      <summary>{i18n.t('stageLookForSummary', [String(stage.lookFor.length)])}</summary>
      <label>
        {i18n.t('stageLookForLabel', [name])}
        <textarea rows={4} value={text} onInput={(e) => {
          setText(e.currentTarget.value);
          setSaved(false);
        }} />
      </label>
      <button
        type="button"
        class="btn"
        disabled={text === current}
        onClick={() => {
          const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
          if (lines.length > 30) return onError(i18n.t('stageLookForTooMany'));
          void withUndo(services, studyId, i18n.t('stageLookForChanged', [name]), () => services.setStageLookFor(studyId, stage.id, lines, locale))
            .then(() => {
              setText(lines.filter((l, i) => lines.findIndex((m) => m.toLowerCase() === l.toLowerCase()) === i).join('\n'));
              setSaved(true);
            })
            .catch((e: unknown) => onError(errorText(e)));
        }}
      >
        {i18n.t('stageLookForSave', [name])}
      </button>
      {saved && <span role="status" class="muted">{i18n.t('stageLookForSaved')}</span>}
    </details>
  );
}

/** A study's own stages: add, rename, reorder (the study gets its own copy of the framework). */
export function StageManager({ studyId, framework, locale, onError }: Props) {
  const services = useServices();
  const [name, setName] = useState('');
  return (
    <details class="manage">
      <summary>{i18n.t('stagesManage')}</summary>
      {framework.builtin && <p class="muted">{i18n.t('stagesCopyNote')}</p>}
      <ul class="manage-list">
        {framework.stages.map((s, i) => (
          <StageRow key={`${framework.id}/${s.id}`} stage={s} index={i} count={framework.stages.length} studyId={studyId} locale={locale} onError={onError} />
        ))}
      </ul>
      <form
        class="manage-list"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void withUndo(services, studyId, i18n.t('stageAdded', [name.trim()]), () => services.addStage(studyId, name))
            .then(() => setName(''))
            .catch((err: unknown) => onError(errorText(err)));
        }}
      >
        <li>
          <input type="text" value={name} maxLength={60} aria-label={i18n.t('stageNew')} placeholder={i18n.t('stageNew')} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="btn">{i18n.t('stageAdd')}</button>
        </li>
      </form>
    </details>
  );
}
