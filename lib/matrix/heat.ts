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

/** The same heat as an opaque `#rrggbb`, as the translucent colour shows on white (spreadsheets have no alpha). */
export function heatHex(average: number | null): string {
  const [r, g, b, a] = average === null ? [59, 130, 246, 0.12] : [...hslToRgb(Math.round(Math.min(1, Math.max(0, (average - 1) / 4)) * 130), 0.7, 0.5), 0.28];
  const over = (c: number) => Math.round(c * a + 255 * (1 - a)).toString(16).padStart(2, '0');
  return `#${over(r)}${over(g)}${over(b)}`;
}

function hslToRgb(hue: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + hue / 30) % 12;
  const f = (n: number) => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}
