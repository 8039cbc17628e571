import type { Walk, WalkStep } from '../model/walk';
import { compareWalks, tasksOf } from '../walks/compare-walks';
import type { PageType } from '../walks/page-type';
import { escapeMarkdown } from './markdown-report';

export interface WalksReportLabels {
  heading: string;
  task: string;
  steps: string;
  time: string;
  friction: string;
  pageType(type: PageType): string;
  duration(ms: number): string;
}

/**
 * The report's walk-through section: per task, the brands side by side — steps,
 * time and friction, then the steps aligned by page type. Page text escaped.
 */
export function walksMarkdown(walks: readonly Walk[], stepsOf: (walkId: string) => readonly WalkStep[], brandName: (id: string) => string, labels: WalksReportLabels): string {
  if (!walks.length) return '';
  const lines = [`## ${escapeMarkdown(labels.heading)}`, ''];
  for (const { task } of tasksOf(walks)) {
    const cmp = compareWalks(task, walks, stepsOf);
    lines.push(`### ${escapeMarkdown(labels.task)}: ${escapeMarkdown(task)}`, '');
    const head = ['', ...cmp.walks.map((w) => escapeMarkdown(brandName(w.walk.brandId)))];
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    lines.push(`| ${[labels.steps, ...cmp.walks.map((w) => String(w.summary.steps))].join(' | ')} |`);
    lines.push(`| ${[labels.time, ...cmp.walks.map((w) => labels.duration(w.summary.elapsedMs))].join(' | ')} |`);
    lines.push(`| ${[labels.friction, ...cmp.walks.map((w) => String(w.summary.friction))].join(' | ')} |`);
    for (const row of cmp.rows) {
      lines.push(`| ${[escapeMarkdown(labels.pageType(row.type)), ...row.cells.map((c) => (c ? `${c.steps}${c.friction ? ` (${labels.friction}: ${c.friction})` : ''}` : '–'))].join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
