import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { getDb } from '@/lib/db/database';
import { StageInUseError, addStage, moveStage, renameStage, restoreStages, setStageLookFor, snapshotStages } from '@/lib/db/stages-repo';
import { localize, type Framework, type Locale, type Stage } from '@/lib/model';
import { offerUndo } from '@/components/undo-bus';

/** Runs a stage edit and offers its Undo (the study's stages as they were before). */
async function withUndo(studyId: string, message: string, edit: () => Promise<unknown>): Promise<void> {
  const db = getDb();
  const before = await snapshotStages(db, studyId);
  await edit();
  offerUndo({
    message,
    undo: () =>
      restoreStages(db, before).catch((e: unknown) => {
        throw e instanceof StageInUseError ? new Error(i18n.t('stageInUse', [String(e.clips)])) : e;
      }),
  });
}

interface Props {
  studyId: string;
  framework: Framework;
  locale: Locale;
  onError(message: string): void;
}

function StageRow({ stage, index, count, studyId, locale, onError }: { stage: Stage; index: number; count: number } & Omit<Props, 'framework'>) {
  const db = getDb();
  const stored = localize(stage.short, locale);
  const [label, setLabel] = useState(stored);
  /** The label last written (or stored): Enter and then blur write once; tabbing through writes nothing. */
  const written = useRef(stored);
  useEffect(() => {
    setLabel(stored);
    written.current = stored;
  }, [stored]);
  const run = (p: Promise<unknown>) => p.catch((e: unknown) => onError(String((e as Error).message ?? e)));
  const commit = () => {
    const next = label.trim();
    if (next === written.current) return;
    if (!next) return setLabel(stored);
    written.current = next;
    void withUndo(studyId, i18n.t('stageRenamed', [stored, next]), () => renameStage(db, studyId, stage.id, next)).catch((e: unknown) => {
      written.current = stored;
      setLabel(stored);
      onError(String((e as Error).message ?? e));
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
      <button type="button" class="btn" disabled={index === 0} aria-label={i18n.t('moveUp', [label])} onClick={() => void run(withUndo(studyId, i18n.t('stageMoved', [stored]), () => moveStage(db, studyId, stage.id, -1)))}>↑</button>
      <button type="button" class="btn" disabled={index === count - 1} aria-label={i18n.t('moveDown', [label])} onClick={() => void run(withUndo(studyId, i18n.t('stageMoved', [stored]), () => moveStage(db, studyId, stage.id, 1)))}>↓</button>
      <LookForEditor stage={stage} studyId={studyId} locale={locale} onError={onError} />
    </li>
  );
}

/** A stage's "what to look for" checklist, one item per line; items kept as they were keep their ticks. */
function LookForEditor({ stage, studyId, locale, onError }: { stage: Stage } & Omit<Props, 'framework'>) {
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
          void withUndo(studyId, i18n.t('stageLookForChanged', [name]), () => setStageLookFor(getDb(), studyId, stage.id, lines, locale))
            .then(() => {
              setText(lines.filter((l, i) => lines.findIndex((m) => m.toLowerCase() === l.toLowerCase()) === i).join('\n'));
              setSaved(true);
            })
            .catch((e: unknown) => onError(String((e as Error).message ?? e)));
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
          void withUndo(studyId, i18n.t('stageAdded', [name.trim()]), () => addStage(getDb(), studyId, name))
            .then(() => setName(''))
            .catch((err: unknown) => onError(String((err as Error).message ?? err)));
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
