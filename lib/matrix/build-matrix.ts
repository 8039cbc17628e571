import type { Brand, Stage } from '../model';
import { averageScore, type CellAggregate } from './cell-aggregate';

export interface MatrixCell {
  brandId: string;
  stageId: string;
  count: number;
  average: number | null;
  positive: number;
  neutral: number;
  negative: number;
  newest: string;
}

export interface MatrixRow {
  brand: Brand;
  cells: MatrixCell[];
  total: number;
}

export interface Matrix {
  stages: Stage[];
  rows: MatrixRow[];
  columnTotals: number[];
  total: number;
}

/**
 * Lays a study's cell aggregates out as brands × stages, in the order given,
 * with row and column totals. Cells with no aggregate are gaps (count 0).
 * Aggregates of stages or brands not in the lists (e.g. a removed custom
 * stage) are left out of the grid but not lost.
 */
export function buildMatrix(brands: Brand[], stages: Stage[], aggregates: CellAggregate[]): Matrix {
  const byKey = new Map<string, CellAggregate>();
  for (const a of aggregates) byKey.set(`${a.brandId}\u0000${a.stageId}`, a);
  const columnTotals = stages.map(() => 0);
  let total = 0;
  const rows = brands.map((brand) => {
    let rowTotal = 0;
    const cells = stages.map((stage, i): MatrixCell => {
      const a = byKey.get(`${brand.id}\u0000${stage.id}`);
      const count = a?.count ?? 0;
      rowTotal += count;
      columnTotals[i]! += count;
      return {
        brandId: brand.id,
        stageId: stage.id,
        count,
        average: a ? averageScore(a) : null,
        positive: a?.positive ?? 0,
        neutral: a?.neutral ?? 0,
        negative: a?.negative ?? 0,
        newest: a?.newest ?? '',
      };
    });
    total += rowTotal;
    return { brand, cells, total: rowTotal };
  });
  return { stages, rows, columnTotals, total };
}
