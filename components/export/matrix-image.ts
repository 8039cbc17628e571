import { i18n } from '#i18n';
import { formatDay, formatScore } from '@/lib/ui-locale';
import type { Matrix } from '@/lib/matrix/build-matrix';
import type { Coverage } from '@/lib/matrix/coverage';
import { localize, type Locale } from '@/lib/model/locale';
import type { Framework, Study } from '@/lib/model';
import type { ViewPrefs } from '@/lib/ui-services/shared';
import { plural } from '@/lib/i18n/plural';

export interface MatrixImageInput {
  study: Study;
  framework: Framework;
  matrix: Matrix;
  prefs: ViewPrefs;
  coverage: Map<string, Coverage>;
  /** Findings by `brandId/stageId`. */
  findings: Map<string, string>;
  locale: Locale;
  /** Whether the matrix shows filtered clips (said in the footer). */
  filtered: boolean;
}

/** The slide image as SVG: what the panel shows, with legend, footer and (when chosen) the findings below. */
export async function matrixImageSvg(input: MatrixImageInput, date = new Date()): Promise<string> {
  const { matrixToSvg } = await import('@/lib/matrix/matrix-svg');
  const { study, framework, matrix, prefs, locale } = input;
  const frameworkName = localize(framework.name, locale);
  const stageShort = (id: string) => localize(matrix.stages.find((s) => s.id === id)?.short ?? id, locale);
  const items = prefs.imageFindings
    ? matrix.rows.flatMap((row) =>
        row.cells
          .map((cell) => ({ cell, text: input.findings.get(`${cell.brandId}/${cell.stageId}`)?.trim() ?? '' }))
          .filter((f) => f.text)
          .map((f) => ({ label: `${row.brand.name} × ${stageShort(f.cell.stageId)}`, text: f.text })),
      )
    : [];
  const sep = i18n.t('footerSeparator');
  const footer = [
    study.name,
    frameworkName,
    formatDay(date),
    plural('cellCount', matrix.total) + (input.filtered ? ` (${i18n.t('filterOn')})` : ''),
  ].join(sep);
  const mode = prefs.cellMode ?? 'clips';
  return matrixToSvg(matrix, {
    title: study.name,
    subtitle: frameworkName,
    stageLabel: (i) => localize(matrix.stages[i]!.short, locale),
    total: i18n.t('matrixTotal'),
    gap: i18n.t('matrixGap'),
    mode,
    ...(mode === 'coverage' ? { coverage: input.coverage } : {}),
    score: formatScore,
    clips: (n) => plural('cellCount', n),
    legend: {
      score: i18n.t('matrixAverage'),
      unscored: i18n.t('legendUnscored'),
      coverage: i18n.t('legendCoverage'),
      weak: i18n.t('legendWeak'),
      strong: i18n.t('legendStrong'),
    },
    footer,
    ...(items.length ? { findings: { heading: i18n.t('findingsHeading'), items } } : {}),
  });
}
