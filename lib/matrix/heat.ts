/**
 * The heat of a cell from its average score (1 weak … 5 strong): a translucent
 * red → amber → green, readable on light and dark backgrounds. No score: a
 * neutral blue tint (evidence exists, not yet judged).
 */
export function heatColor(average: number | null): string {
  if (average === null) return 'rgb(59 130 246 / 0.12)';
  const t = Math.min(1, Math.max(0, (average - 1) / 4));
  const hue = Math.round(t * 130); // 0 red … 130 green
  return `hsl(${hue} 70% 50% / 0.28)`;
}

/**
 * The heat of a cell from its rubric coverage (0 … 1 of the stage's checklist
 * ticked), on the same red → green scale as scores. No checklist, or nothing
 * ticked yet: no colour (the cell is styled as a gap).
 */
export function coverageColor(fraction: number | null): string | undefined {
  if (fraction === null || fraction <= 0) return undefined;
  return heatColor(1 + 4 * Math.min(1, fraction));
}
