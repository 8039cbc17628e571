import { i18n } from '#i18n';
import type { FormContext } from '@/lib/messaging/protocol';
import type { StageReason } from '@/lib/stage-model/suggest';
import { localize, type Locale } from '@/lib/model';
import { SOURCE_TYPE_LABELS } from '@/lib/model/frameworks/lenses';
import type { SourceType } from '@/lib/model/vocab-values';

/** The reason for a suggested stage, in words: the passage's words, the page signal, the study's own clips. */
export function reasonText(reason: StageReason, locale: Locale): string {
  const parts: string[] = [];
  if (reason.words.length) parts.push(i18n.t('stageReasonWords', [reason.words.map((w) => `“${w}”`).join(i18n.t('listSeparator'))]));
  const page = reason.page;
  if (page?.kind === 'source' && page.value in SOURCE_TYPE_LABELS)
    parts.push(localize(SOURCE_TYPE_LABELS[page.value as SourceType].label, locale));
  else if (page?.kind === 'url') parts.push(i18n.t('stageReasonAddress', [page.value]));
  else if (page?.kind === 'jsonld') parts.push(i18n.t('stageReasonStructured', [page.value]));
  if (reason.study) parts.push(i18n.t('stageReasonStudy'));
  return parts.join(' · ') || i18n.t('stageReasonOverall');
}

/**
 * Under the Stage field: why the pre-filled stage was suggested, or — when
 * the suggestion is not sure, or the researcher chose another stage — the two
 * likeliest stages as one-click choices with their reasons.
 */
export function StageSuggestionHint({
  suggestion,
  stages,
  stageId,
  locale,
  onPick,
}: {
  suggestion: FormContext['suggestion'];
  stages: FormContext['stages'];
  stageId: string;
  locale: Locale;
  onPick(stageId: string): void;
}) {
  if (!suggestion?.choices.length) return null;
  const [first] = suggestion.choices;
  const label = (id: string) => stages.find((s) => s.id === id)?.label ?? id;
  const chip = (c: (typeof suggestion.choices)[number]) => (
    <button
      key={c.stageId}
      type="button"
      class="jl-chip"
      aria-pressed={c.stageId === stageId}
      title={reasonText(c.reason, locale)}
      onClick={() => onPick(c.stageId)}
    >
      <b>{label(c.stageId)}</b> <span class="jl-hint">{reasonText(c.reason, locale)}</span>
    </button>
  );
  if (suggestion.confident && first!.stageId === stageId) {
    // Pre-filled: the reason, and the second choice one click away.
    const second = suggestion.choices[1];
    return (
      <div class="jl-chips">
        <span class="jl-hint">
          {i18n.t('formSuggested')}{i18n.t('labelColon')}{reasonText(first!.reason, locale)}
        </span>
        {second && (
          <span class="jl-hint" role="group" aria-label={i18n.t('stageChoicesLabel')}>
            {i18n.t('stageSecondChoice')} {chip(second)}
          </span>
        )}
      </div>
    );
  }
  return (
    <div class="jl-chips" role="group" aria-label={i18n.t('stageChoicesLabel')}>
      {suggestion.choices.map(chip)}
    </div>
  );
}
