import { coverageColor, heatColor } from './heat';
import type { Matrix } from './build-matrix';
import { coverageFraction, rubricKeyString, sumCoverage, type Coverage } from './coverage';

export interface MatrixSvgLabels {
  title: string;
  stageLabel(stageIndex: number): string;
  total: string;
  gap: string;
  /** When given, cells show checklist coverage ("2/4", heat by fraction) instead of clip counts, as the panel's Coverage view does. */
  coverage?: Map<string, Coverage>;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

/**
 * The heatmap as a standalone SVG for slides: brands × stages, counts,
 * average-score heat, gaps hatched, totals. All text is escaped.
 */
export function matrixToSvg(matrix: Matrix, labels: MatrixSvgLabels): string {
  const cov = labels.coverage;
  const covOf = (brandId: string, stageId: string) => cov?.get(rubricKeyString(brandId, stageId)) ?? { done: 0, total: 0 };
  const covText = (c: Coverage) => (c.total > 0 ? `${c.done}/${c.total}` : '–');
  const cellW = 84;
  const cellH = 44;
  const headW = 150;
  const headH = 64;
  const cols = matrix.stages.length;
  const width = headW + cellW * (cols + 1) + 16;
  const height = headH + cellH * (matrix.rows.length + 1) + 16;
  const font = `font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif"`;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font}>`);
  out.push(`<defs><pattern id="gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e2e8f0" stroke-width="4"/></pattern></defs>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="8" y="24" font-size="16" font-weight="700" fill="#0f172a">${esc(clipText(labels.title, 80))}</text>`);
  matrix.stages.forEach((stage, c) => {
    const x = headW + c * cellW;
    out.push(`<rect x="${x}" y="${headH - 26}" width="${cellW}" height="4" fill="${esc(stage.color)}"/>`);
    out.push(`<text x="${x + cellW / 2}" y="${headH - 8}" font-size="13" font-weight="700" text-anchor="middle" fill="#0f172a">${esc(clipText(labels.stageLabel(c), 12))}</text>`);
  });
  out.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${headH - 8}" font-size="12" text-anchor="middle" fill="#64748b">${esc(labels.total)}</text>`);
  matrix.rows.forEach((row, r) => {
    const y = headH + r * cellH;
    out.push(`<circle cx="14" cy="${y + cellH / 2}" r="5" fill="${esc(row.brand.color)}"/>`);
    out.push(`<text x="26" y="${y + cellH / 2 + 5}" font-size="13" font-weight="600" fill="#0f172a">${esc(clipText(row.brand.name, 16))}</text>`);
    row.cells.forEach((cell, c) => {
      const x = headW + c * cellW;
      if (cov) {
        const c = covOf(cell.brandId, cell.stageId);
        const tint = coverageColor(coverageFraction(c));
        out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" rx="4" fill="${tint ?? 'url(#gap)'}" stroke="#e2e8f0"/>`);
        out.push(`<text x="${x + cellW / 2}" y="${y + 27}" font-size="15" font-weight="700" text-anchor="middle" fill="${tint ? '#0f172a' : '#94a3b8'}">${covText(c)}</text>`);
        return;
      }
      const fill = cell.count ? heatColor(cell.average) : 'url(#gap)';
      out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" rx="4" fill="${fill}" stroke="#e2e8f0"/>`);
      out.push(`<text x="${x + cellW / 2}" y="${y + 21}" font-size="15" font-weight="700" text-anchor="middle" fill="${cell.count ? '#0f172a' : '#94a3b8'}">${cell.count}</text>`);
      const sub = cell.count ? (cell.average !== null ? `★${cell.average.toFixed(1)}` : '') : labels.gap;
      if (sub) out.push(`<text x="${x + cellW / 2}" y="${y + 36}" font-size="10" text-anchor="middle" fill="#475569">${esc(clipText(sub, 14))}</text>`);
    });
    out.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${y + 27}" font-size="13" text-anchor="middle" fill="#64748b">${cov ? covText(sumCoverage(row.cells.map((c) => covOf(c.brandId, c.stageId)))) : row.total}</text>`);
  });
  const fy = headH + matrix.rows.length * cellH;
  out.push(`<text x="26" y="${fy + 27}" font-size="12" fill="#64748b">${esc(labels.total)}</text>`);
  matrix.columnTotals.forEach((t, c) => {
    const stageId = matrix.stages[c]!.id;
    const text = cov ? covText(sumCoverage(matrix.rows.map((row) => covOf(row.brand.id, stageId)))) : String(t);
    out.push(`<text x="${headW + c * cellW + cellW / 2}" y="${fy + 27}" font-size="13" text-anchor="middle" fill="#64748b">${text}</text>`);
  });
  const grand = cov ? covText(sumCoverage(matrix.rows.flatMap((row) => row.cells.map((c) => covOf(c.brandId, c.stageId))))) : String(matrix.total);
  out.push(`<text x="${headW + cols * cellW + cellW / 2}" y="${fy + 27}" font-size="13" font-weight="700" text-anchor="middle" fill="#0f172a">${grand}</text>`);
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
