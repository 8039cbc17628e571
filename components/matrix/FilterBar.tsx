import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isFilterActive, NO_FILTER, type ClipFilter } from '@/lib/matrix/clip-filter';
import { localize, type LocalizedText, type Locale } from '@/lib/model/locale';
import type { Brand, Stage } from '@/lib/model';
import { BEHAVIORS, SENTIMENTS, SERVQUAL_DIMENSIONS, SOURCE_TYPES } from '@/lib/model/vocab-values';
import { BEHAVIOR_LABELS, SENTIMENT_LABELS, SERVQUAL_LABELS, SOURCE_TYPE_LABELS } from '@/lib/model/frameworks/lenses';
import { formatDay } from '@/lib/ui-locale';

interface Props {
  filter: ClipFilter;
  /** The active study's tags. */
  tags: string[];
  /** The active study's brands and stages. */
  brands: Brand[];
  stages: Stage[];
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

interface Chip {
  key: string;
  text: string;
  remove(): ClipFilter;
}

/** One chip per active filter value: what narrows the matrix, each removable on its own. */
export function filterChips(filter: ClipFilter, names: { brand(id: string): string; stage(id: string): string; lens(kind: 'source' | 'sentiment' | 'behavior' | 'servqual', v: string): string }): Chip[] {
  const chips: Chip[] = [];
  const list = <K extends 'brandIds' | 'stageIds' | 'sourceTypes' | 'sentiments' | 'behaviors' | 'servqual' | 'tags'>(key: K, label: (v: string) => string) => {
    for (const v of filter[key] as string[]) {
      chips.push({ key: `${key}:${v}`, text: label(v), remove: () => ({ ...filter, [key]: (filter[key] as string[]).filter((x) => x !== v) }) });
    }
  };
  if (filter.text.trim()) chips.push({ key: 'text', text: `“${filter.text.trim()}”`, remove: () => ({ ...filter, text: '' }) });
  list('brandIds', (v) => `${i18n.t('fieldBrand')}${i18n.t('labelColon')}${names.brand(v)}`);
  list('stageIds', (v) => `${i18n.t('fieldStage')}${i18n.t('labelColon')}${names.stage(v)}`);
  if (filter.scoreMin !== null || filter.scoreMax !== null) {
    chips.push({
      key: 'score',
      text: `${i18n.t('filterScore')}${i18n.t('labelColon')}${filter.scoreMin ?? 1}–${filter.scoreMax ?? 5}`,
      remove: () => ({ ...filter, scoreMin: null, scoreMax: null }),
    });
  }
  list('sentiments', (v) => names.lens('sentiment', v));
  list('sourceTypes', (v) => names.lens('source', v));
  list('behaviors', (v) => names.lens('behavior', v));
  list('servqual', (v) => names.lens('servqual', v));
  list('tags', (v) => `#${v}`);
  if (filter.from || filter.to) {
    const day = (d: string) => (d ? formatDay(`${d}T12:00:00`) : '…');
    chips.push({ key: 'dates', text: `${day(filter.from)} – ${day(filter.to)}`, remove: () => ({ ...filter, from: '', to: '' }) });
  }
  return chips;
}

const SCORES = [1, 2, 3, 4, 5];

/** Filters that apply to the matrix, the clip lists and the CSV export; the active ones show as chips. */
export function FilterBar({ filter, tags, brands, stages, locale, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const active = isFilterActive(filter);
  const set = (patch: Partial<ClipFilter>) => onChange({ ...filter, ...patch });
  const l = (t: { label: LocalizedText }) => localize(t.label, locale);
  const lensLabels = { source: SOURCE_TYPE_LABELS, sentiment: SENTIMENT_LABELS, behavior: BEHAVIOR_LABELS, servqual: SERVQUAL_LABELS } as const;
  const chips = filterChips(filter, {
    brand: (id) => brands.find((b) => b.id === id)?.name ?? id,
    stage: (id) => {
      const s = stages.find((x) => x.id === id);
      return s ? localize(s.short, locale) : id;
    },
    lens: (kind, v) => l((lensLabels[kind] as Record<string, { label: LocalizedText }>)[v]!),
  });
  const score = (v: string) => (v ? Number(v) : null);
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
        <button type="button" class="btn" aria-expanded={open} aria-controls="fl-panel" onClick={() => setOpen(!open)}>
          {i18n.t('filterMore')}
          {active ? ` (${chips.length})` : ''}
        </button>
      </div>
      {active && (
        <div class="fl-chips" role="group" aria-label={i18n.t('filterActive')}>
          {chips.map((chip) => (
            <button
              key={chip.key}
              type="button"
              class="chip"
              aria-label={i18n.t('filterRemove', [chip.text])}
              onClick={() => onChange(chip.remove())}
            >
              {chip.text} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" class="btn btn-link" onClick={() => onChange(NO_FILTER)}>
            {i18n.t('filterClear')}
          </button>
        </div>
      )}
      {open && (
        <div id="fl-panel" class="fl-panel">
          <Choices legend={i18n.t('fieldBrand')} values={brands.map((b) => b.id)} selected={filter.brandIds} label={(id) => brands.find((b) => b.id === id)?.name ?? id} onChange={(brandIds) => set({ brandIds })} />
          <Choices legend={i18n.t('fieldStage')} values={stages.map((s) => s.id)} selected={filter.stageIds} label={(id) => localize(stages.find((s) => s.id === id)!.short, locale)} onChange={(stageIds) => set({ stageIds })} />
          <fieldset class="fl-group">
            <legend>{i18n.t('filterScore')}</legend>
            <label class="fl-choice">
              {i18n.t('filterScoreMin')}
              <select value={filter.scoreMin ?? ''} onChange={(e) => set({ scoreMin: score(e.currentTarget.value) })}>
                <option value="">–</option>
                {SCORES.map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
            <label class="fl-choice">
              {i18n.t('filterScoreMax')}
              <select value={filter.scoreMax ?? ''} onChange={(e) => set({ scoreMax: score(e.currentTarget.value) })}>
                <option value="">–</option>
                {SCORES.map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
          </fieldset>
          <Choices legend={i18n.t('fieldSentiment')} values={SENTIMENTS} selected={filter.sentiments} label={(v) => l(SENTIMENT_LABELS[v])} onChange={(sentiments) => set({ sentiments })} />
          <Choices legend={i18n.t('filterSource')} values={SOURCE_TYPES} selected={filter.sourceTypes} label={(v) => l(SOURCE_TYPE_LABELS[v])} onChange={(sourceTypes) => set({ sourceTypes })} />
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
          <Choices legend={i18n.t('fieldBehavior')} values={BEHAVIORS} selected={filter.behaviors} label={(v) => l(BEHAVIOR_LABELS[v])} onChange={(behaviors) => set({ behaviors })} />
          <Choices legend={i18n.t('fieldServqual')} values={SERVQUAL_DIMENSIONS} selected={filter.servqual} label={(v) => l(SERVQUAL_LABELS[v])} onChange={(servqual) => set({ servqual })} />
        </div>
      )}
    </div>
  );
}
