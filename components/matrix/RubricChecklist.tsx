import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorText } from '@/lib/errors/error-text';

export interface ChecklistItem {
  /** The stable key the tick is stored under (lookForKey). */
  key: string;
  /** The item in the UI language (plain text, never HTML). */
  label: string;
}

interface Props {
  /** Used in ids, so two checklists never share a label target. */
  cellId: string;
  brandName: string;
  items: ChecklistItem[];
  /** Keys ticked in the database (live). */
  ticked: readonly string[];
  /** Saves one tick at once; rejects when it could not be saved. */
  onTick(key: string, on: boolean): Promise<void>;
  onError(message: string): void;
}

/**
 * The stage's "what to look for" checklist for one brand: a fieldset of
 * checkboxes, each saved as soon as it changes. The ticks shown are the
 * database's (live); a tick being saved shows at once and is undone if the
 * save fails.
 */
export function RubricChecklist({ cellId, brandName, items, ticked, onTick, onError }: Props) {
  const [pending, setPending] = useState<Map<string, boolean>>(new Map());
  // A saved tick arrives through the live query: drop the local copy once the database agrees.
  useEffect(() => {
    setPending((p) => {
      if (p.size === 0) return p;
      const next = new Map([...p].filter(([k, on]) => ticked.includes(k) !== on));
      return next.size === p.size ? p : next;
    });
  }, [ticked]);
  useEffect(() => setPending(new Map()), [cellId]);

  const isOn = (k: string) => pending.get(k) ?? ticked.includes(k);
  const done = items.filter((it) => isOn(it.key)).length;
  const idBase = `rubric-${cellId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  function toggle(key: string, on: boolean) {
    setPending((p) => new Map(p).set(key, on));
    onTick(key, on).catch((e: unknown) => {
      setPending((p) => {
        const next = new Map(p);
        next.delete(key);
        return next;
      });
      onError(errorText(e, { frame: 'rubricSaveFailed' }));
    });
  }

  return (
    <fieldset class="rubric" aria-describedby={`${idBase}-hint`}>
      <legend>{i18n.t('rubricLegend')}</legend>
      <p id={`${idBase}-hint`} class="muted rubric-hint">
        {i18n.t('rubricHint', [brandName])}{' '}
        <span class="rubric-score">{i18n.t('rubricCoverageOf', [String(done), String(items.length)])}</span>
      </p>
      <ul class="rubric-items">
        {items.map((it, i) => (
          <li key={it.key}>
            <input id={`${idBase}-${i}`} type="checkbox" checked={isOn(it.key)} onChange={(e) => toggle(it.key, e.currentTarget.checked)} />
            <label for={`${idBase}-${i}`}>{it.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
