import { i18n } from '#i18n';
import { isFilterActive, NO_FILTER, type ClipFilter } from '@/lib/matrix/clip-filter';
import { localize, type LocalizedText, type Locale } from '@/lib/model/locale';
import { BEHAVIORS, SENTIMENTS, SERVQUAL_DIMENSIONS, SOURCE_TYPES } from '@/lib/model/vocab-values';
import { BEHAVIOR_LABELS, SENTIMENT_LABELS, SERVQUAL_LABELS, SOURCE_TYPE_LABELS } from '@/lib/model/frameworks/lenses';

interface Props {
  filter: ClipFilter;
  tags: string[];
  locale: Locale;
  onChange(filter: ClipFilter): void;
}

function Choices<T extends string>({
  legend,
  values,
  selected,
  label,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  selected: T[];
  label(v: T): string;
  onChange(next: T[]): void;
}) {
  return (
    <fieldset class="fl-group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="fl-choice">
          <input
            type="checkbox"
            checked={selected.includes(v)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...selected, v] : selected.filter((x) => x !== v))}
          />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** Filters that apply to the matrix and the clip lists. */
export function FilterBar({ filter, tags, locale, onChange }: Props) {
  const active = isFilterActive(filter);
  const set = (patch: Partial<ClipFilter>) => onChange({ ...filter, ...patch });
  const l = (t: { label: LocalizedText }) => localize(t.label, locale);
  return (
    <div class="fl">
      <div class="fl-search">
        <label for="fl-text" class="sr-only">
          {i18n.t('filterSearch')}
        </label>
        <input
          id="fl-text"
          type="search"
          placeholder={i18n.t('filterSearch')}
          value={filter.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
        {active && (
          <button type="button" class="btn" onClick={() => onChange(NO_FILTER)}>
            {i18n.t('filterClear')}
          </button>
        )}
      </div>
      <details class="fl-more">
        <summary>
          {i18n.t('filterMore')}
          {active ? ` · ${i18n.t('filterOn')}` : ''}
        </summary>
        <Choices legend={i18n.t('filterSource')} values={SOURCE_TYPES} selected={filter.sourceTypes} label={(v) => l(SOURCE_TYPE_LABELS[v])} onChange={(sourceTypes) => set({ sourceTypes })} />
        <Choices legend={i18n.t('fieldSentiment')} values={SENTIMENTS} selected={filter.sentiments} label={(v) => l(SENTIMENT_LABELS[v])} onChange={(sentiments) => set({ sentiments })} />
        <Choices legend={i18n.t('fieldBehavior')} values={BEHAVIORS} selected={filter.behaviors} label={(v) => l(BEHAVIOR_LABELS[v])} onChange={(behaviors) => set({ behaviors })} />
        <Choices legend={i18n.t('fieldServqual')} values={SERVQUAL_DIMENSIONS} selected={filter.servqual} label={(v) => l(SERVQUAL_LABELS[v])} onChange={(servqual) => set({ servqual })} />
        {tags.length > 0 && (
          <Choices legend={i18n.t('fieldTags')} values={tags} selected={filter.tags} label={(v) => v} onChange={(t) => set({ tags: t })} />
        )}
        <fieldset class="fl-group">
          <legend>{i18n.t('filterDates')}</legend>
          <label class="fl-choice">
            {i18n.t('filterFrom')}
            <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
          </label>
          <label class="fl-choice">
            {i18n.t('filterTo')}
            <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
          </label>
        </fieldset>
      </details>
    </div>
  );
}
