import { coverageColor, heatColor } from './heat';
import type { Matrix } from './build-matrix';
import { coverageFraction, rubricKeyString, sumCoverage, type Coverage } from './coverage';

export interface MatrixSvgLabels {
  title: string;
  /** The framework's name, under the title. */
  subtitle?: string;
  stageLabel(stageIndex: number): string;
  total: string;
  gap: string;
  /** When given, cells show checklist coverage ("2/4", heat by fraction) instead of clip counts, as the panel's Coverage view does. */
  coverage?: Map<string, Coverage>;
  /** What each cell shows big: clip count (default), average score, or coverage (needs `coverage`). */
  mode?: 'clips' | 'score' | 'coverage';
  /** An average score as the UI writes it (`4.5`, `4,5`). */
  score?(n: number): string;
  /** "n clips", for the small line under a big average score. */
  clips?(n: number): string;
  /** The colour legend's words; without it no legend is drawn. */
  legend?: { score: string; unscored: string; coverage: string; weak: string; strong: string };
  /** Study · framework · date · clip count, in small print at the bottom. */
  footer?: string;
  /** Findings listed below the matrix (multi-line text kept). */
  findings?: { heading: string; items: { label: string; text: string }[] };
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

/** Rough rendered width of a text at a font size: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? size : size * 0.6;
  return w;
}

/** Breaks a text into lines no wider than `width` (at `size`), keeping the text's own line breaks. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\r\n?|\n/)) {
    let line = '';
    // Words for spaced scripts; single characters where a word alone is too wide (CJK runs, long URLs).
    for (const token of para.split(/(\s+)/)) {
      const pieces = textWidth(token, size) > width ? [...token] : [token];
      for (const piece of pieces) {
        if (line && textWidth(line + piece, size) > width) {
          lines.push(line.trimEnd());
          line = piece.trimStart();
        } else line += piece;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"`;

/**
 * The matrix as a standalone, slide-ready SVG: title and framework, brands (full names, wrapped) ×
 * stages, the chosen big number per cell, average-score heat, gaps hatched, totals, a colour legend,
 * findings below when asked for, and a footer naming study, framework, date and clip count.
 * All text is escaped.
 */
export function matrixToSvg(matrix: Matrix, labels: MatrixSvgLabels): string {
  const cov = labels.coverage;
  const mode = labels.mode ?? (cov ? 'coverage' : 'clips');
  const byCoverage = mode === 'coverage' && !!cov;
  const score = labels.score ?? ((n: number) => n.toFixed(1));
  const covOf = (brandId: string, stageId: string) => cov?.get(rubricKeyString(brandId, stageId)) ?? { done: 0, total: 0 };
  const covText = (c: Coverage) => (c.total > 0 ? `${c.done}/${c.total}` : '–');
  const cellW = 84;
  const brandLines = matrix.rows.map((row) => wrapText(row.brand.name, 200, 13));
  const longest = Math.max(0, ...brandLines.flat().map((l) => textWidth(l, 13)));
  const headW = Math.max(150, Math.ceil(longest) + 40);
  const rowH = brandLines.map((lines) => Math.max(44, lines.length * 16 + 14));
  const cols = matrix.stages.length;
  const width = Math.max(headW + cellW * (cols + 1) + 16, 520);
  const titleH = labels.subtitle ? 64 : 44;
  const headH = titleH + 34;
  const out: string[] = [];
  const body: string[] = [];
  body.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  body.push(`<text x="12" y="28" font-size="18" font-weight="700" fill="#0f172a">${esc(clipText(labels.title, 90))}</text>`);
  if (labels.subtitle) body.push(`<text x="12" y="50" font-size="13" fill="#475569">${esc(clipText(labels.subtitle, 100))}</text>`);
  matrix.stages.forEach((stage, c) => {
    const x = headW + c * cellW;
    body.push(`<rect x="${x}" y="${headH - 26}" width="${cellW}" height="4" fill="${esc(stage.color)}"/>`);
    body.push(`<text x="${x + cellW / 2}" y="${headH - 8}" font-size="13" font-weight="700" text-anchor="middle" fill="#0f172a">${esc(clipText(labels.stageLabel(c), 12))}</text>`);
  });
  body.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${headH - 8}" font-size="12" text-anchor="middle" fill="#64748b">${esc(labels.total)}</text>`);
  let y = headH;
  matrix.rows.forEach((row, r) => {
    const h = rowH[r]!;
    const lines = brandLines[r]!;
    body.push(`<circle cx="16" cy="${y + h / 2}" r="5" fill="${esc(row.brand.color)}"/>`);
    const top = y + h / 2 - ((lines.length - 1) * 16) / 2 + 5;
    body.push(`<text font-size="13" font-weight="600" fill="#0f172a">${lines.map((l, i) => `<tspan x="28" y="${top + i * 16}">${esc(l)}</tspan>`).join('')}</text>`);
    const mid = y + h / 2;
    row.cells.forEach((cell, c) => {
      const x = headW + c * cellW;
      if (byCoverage) {
        const k = covOf(cell.brandId, cell.stageId);
        const tint = coverageColor(coverageFraction(k));
        body.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${h - 2}" rx="4" fill="${tint ?? 'url(#gap)'}" stroke="#e2e8f0"/>`);
        body.push(`<text x="${x + cellW / 2}" y="${mid + 5}" font-size="15" font-weight="700" text-anchor="middle" fill="${tint ? '#0f172a' : '#94a3b8'}">${covText(k)}</text>`);
        return;
      }
      const fill = cell.count ? heatColor(cell.average) : 'url(#gap)';
      body.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${h - 2}" rx="4" fill="${fill}" stroke="#e2e8f0"/>`);
      if (!cell.count) {
        body.push(`<text x="${x + cellW / 2}" y="${mid + 5}" font-size="15" text-anchor="middle" fill="#94a3b8">–</text>`);
        return;
      }
      const big = mode === 'score' ? (cell.average !== null ? score(cell.average) : '–') : String(cell.count);
      const sub = mode === 'score' ? (labels.clips ? labels.clips(cell.count) : String(cell.count)) : cell.average !== null ? `★${score(cell.average)}` : '';
      body.push(`<text x="${x + cellW / 2}" y="${mid - 1}" font-size="16" font-weight="700" text-anchor="middle" fill="#0f172a">${esc(big)}</text>`);
      if (sub) body.push(`<text x="${x + cellW / 2}" y="${mid + 14}" font-size="11" text-anchor="middle" fill="#334155">${esc(clipText(sub, 14))}</text>`);
    });
    body.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${mid + 5}" font-size="13" text-anchor="middle" fill="#64748b">${byCoverage ? covText(sumCoverage(row.cells.map((c) => covOf(c.brandId, c.stageId)))) : row.total}</text>`);
    y += h;
  });
  body.push(`<text x="28" y="${y + 27}" font-size="12" fill="#64748b">${esc(labels.total)}</text>`);
  matrix.columnTotals.forEach((t, c) => {
    const stageId = matrix.stages[c]!.id;
    const text = byCoverage ? covText(sumCoverage(matrix.rows.map((row) => covOf(row.brand.id, stageId)))) : String(t);
    body.push(`<text x="${headW + c * cellW + cellW / 2}" y="${y + 27}" font-size="13" text-anchor="middle" fill="#64748b">${text}</text>`);
  });
  const grand = byCoverage ? covText(sumCoverage(matrix.rows.flatMap((row) => row.cells.map((c) => covOf(c.brandId, c.stageId))))) : String(matrix.total);
  body.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${y + 27}" font-size="13" font-weight="700" text-anchor="middle" fill="#0f172a">${grand}</text>`);
  y += 44;
  if (labels.legend) {
    // The colour key: weak → strong on the same scale the cells use, then "not scored" and "no evidence".
    const L = labels.legend;
    y += 8;
    let x = 12;
    body.push(`<text x="${x}" y="${y + 13}" font-size="12" fill="#334155">${esc(byCoverage ? L.coverage : L.score)}</text>`);
    x += textWidth(byCoverage ? L.coverage : L.score, 12) + 10;
    body.push(`<text x="${x}" y="${y + 13}" font-size="12" fill="#334155">${esc(L.weak)}</text>`);
    x += textWidth(L.weak, 12) + 6;
    for (let k = 0; k < 5; k++) {
      const fill = byCoverage ? coverageColor((k + 1) / 5)! : heatColor(1 + k);
      body.push(`<rect x="${x}" y="${y}" width="22" height="18" rx="3" fill="${fill}" stroke="#e2e8f0"/>`);
      if (!byCoverage) body.push(`<text x="${x + 11}" y="${y + 13}" font-size="11" text-anchor="middle" fill="#0f172a">${k + 1}</text>`);
      x += 24;
    }
    body.push(`<text x="${x + 4}" y="${y + 13}" font-size="12" fill="#334155">${esc(L.strong)}</text>`);
    x += textWidth(L.strong, 12) + 18;
    if (!byCoverage) {
      body.push(`<rect x="${x}" y="${y}" width="22" height="18" rx="3" fill="${heatColor(null)}" stroke="#e2e8f0"/>`);
      body.push(`<text x="${x + 28}" y="${y + 13}" font-size="12" fill="#334155">${esc(L.unscored)}</text>`);
      x += 28 + textWidth(L.unscored, 12) + 14;
    }
    body.push(`<rect x="${x}" y="${y}" width="22" height="18" rx="3" fill="url(#gap)" stroke="#e2e8f0"/>`);
    body.push(`<text x="${x + 28}" y="${y + 13}" font-size="12" fill="#334155">${esc(labels.gap)}</text>`);
    y += 30;
  }
  if (labels.findings && labels.findings.items.length) {
    y += 10;
    body.push(`<text x="12" y="${y + 14}" font-size="14" font-weight="700" fill="#0f172a">${esc(labels.findings.heading)}</text>`);
    y += 24;
    for (const item of labels.findings.items) {
      body.push(`<text x="12" y="${y + 13}" font-size="12" font-weight="600" fill="#0f172a">${esc(item.label)}</text>`);
      y += 18;
      for (const line of wrapText(item.text, width - 36, 12)) {
        body.push(`<text x="24" y="${y + 13}" font-size="12" fill="#334155">${esc(line)}</text>`);
        y += 16;
      }
      y += 6;
    }
  }
  if (labels.footer) {
    y += 6;
    body.push(`<line x1="12" x2="${width - 12}" y1="${y}" y2="${y}" stroke="#e2e8f0"/>`);
    body.push(`<text x="12" y="${y + 18}" font-size="11" fill="#64748b">${esc(labels.footer)}</text>`);
    y += 26;
  }
  const height = y + 8;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`);
  out.push(`<defs><pattern id="gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e2e8f0" stroke-width="4"/></pattern></defs>`);
  out.push(...body);
  out.push('</svg>');
  return out.join('\n');
}

/** Renders an SVG string to a PNG Blob (in a page with a DOM). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
