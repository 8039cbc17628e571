import { i18n } from '#i18n';
import { formatDuration, type WalkSummary } from '@/lib/walks/walk-summary';

/** A duration in the UI language's units. */
export function durationText(ms: number): string {
  return formatDuration(ms, { h: i18n.t('unitHours'), min: i18n.t('unitMinutes'), s: i18n.t('unitSeconds') });
}

/** What a matrix cell says about its walks: "walk: 9 steps · 3 min 40 s · 2 friction". */
export function cellWalkText(summaries: readonly WalkSummary[]): string {
  const parts = summaries.map((s) => i18n.t('walkCellSummary', [String(s.steps), durationText(s.elapsedMs), String(s.friction)]));
  return parts.join(' ');
}
