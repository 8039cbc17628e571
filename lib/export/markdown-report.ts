import type { Brand, Clip, Framework } from '../model';
import { localize, type Locale } from '../model/locale';
import { averageScore, type CellAggregate } from '../matrix/cell-aggregate';

/**
 * Escapes one line of page text for Markdown, and only what Markdown would read as markup: emphasis,
 * code, links and images (by their brackets), HTML and entities, strikethrough, and block markers at the
 * start of the line (headings, quotes, lists, rules). "Less-than-Zero" stays as it is.
 */
function escapeLine(line: string): string {
  return line
    .replace(/[\\`*[\]<>~]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/(\s)#+$/, (m) => m.replace(/#/g, '\\#'));
}

/** Escapes page text for Markdown on one line (line breaks become spaces): no links, emphasis, headings, HTML or lists can be smuggled in. */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\r\n?|\n/g, ' ').trim());
}

/** Escapes multi-line text (a finding) for Markdown, keeping its lines as hard line breaks. */
export function escapeMarkdownLines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(escapeLine)
    .join('  \n');
}

/** A URL safe to put in a Markdown link: http(s) only, with parentheses and spaces encoded. */
function safeUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

export interface ReportLabels {
  title: string;
  clips(n: number): string;
  averageScore: string;
  finding: string;
  noEvidence: string;
  generated: string;
  /** The UI language's label colon (`:`, full-width `：` in Chinese). */
  colon?: string;
}

export interface ReportInput {
  studyName: string;
  framework: Framework;
  brands: Brand[];
  cells: CellAggregate[];
  findings: ReadonlyMap<string, string>;
  /** The strongest quotes per `brandId/stageId`, best first. */
  quotes: ReadonlyMap<string, Clip[]>;
  locale: Locale;
  labels: ReportLabels;
  date: Date;
}

/**
 * A report to paste into a document: per stage, how each brand handles it —
 * count, average score, the finding, and the strongest quotes with links.
 * All page text is escaped.
 */
export function markdownReport(input: ReportInput): string {
  const { framework, brands, locale, labels } = input;
  const colon = labels.colon ?? ':';
  const cells = new Map(input.cells.map((c) => [`${c.brandId}/${c.stageId}`, c]));
  const lines: string[] = [`# ${escapeMarkdown(input.studyName)} — ${escapeMarkdown(localize(framework.name, locale))}`, ''];
  lines.push(`_${labels.generated} ${input.date.toISOString().slice(0, 10)}_`, '');
  for (const stage of framework.stages) {
    lines.push(`## ${escapeMarkdown(localize(stage.short, locale))} — ${escapeMarkdown(localize(stage.name, locale))}`, '');
    for (const brand of brands) {
      const key = `${brand.id}/${stage.id}`;
      const cell = cells.get(key);
      const finding = input.findings.get(key);
      if (!cell || cell.count === 0) {
        lines.push(`### ${escapeMarkdown(brand.name)}`, '', `${labels.noEvidence}`, '');
        if (finding) lines.push(`**${labels.finding}${colon}** ${escapeMarkdownLines(finding)}`, '');
        continue;
      }
      const avg = averageScore(cell);
      lines.push(
        `### ${escapeMarkdown(brand.name)}`,
        '',
        `${labels.clips(cell.count)}${avg === null ? '' : ` · ${labels.averageScore} ${avg.toFixed(1)}/5`}`,
        '',
      );
      if (finding) lines.push(`**${labels.finding}${colon}** ${escapeMarkdownLines(finding)}`, '');
      for (const clip of input.quotes.get(key) ?? []) {
        const quote = escapeMarkdown(clip.quote.length > 400 ? `${clip.quote.slice(0, 400)}…` : clip.quote);
        const url = safeUrl(clip.url);
        const source = escapeMarkdown(clip.site || clip.url);
        lines.push(`> ${quote}`, `> — ${url ? `[${source}](${url})` : source}${clip.score ? ` · ${'★'.repeat(clip.score)}` : ''}`, '');
      }
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Keeps the `perCell` strongest clips of each cell (score, then newest) while streaming. */
export function strongestQuotes(perCell = 3) {
  const best = new Map<string, Clip[]>();
  const rank = (c: Clip) => [c.score ?? 0, c.capturedAt] as const;
  return {
    add(clip: Clip) {
      const key = `${clip.brandId}/${clip.stageId}`;
      const list = best.get(key) ?? [];
      list.push(clip);
      list.sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1].localeCompare(rank(a)[1]));
      if (list.length > perCell) list.length = perCell;
      best.set(key, list);
    },
    result: () => best as ReadonlyMap<string, Clip[]>,
  };
}
