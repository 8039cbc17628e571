import type { RubricKey, RubricRecord } from './coverage';

/**
 * How rubric rows change and combine: one tick, a team merge of two backups,
 * a brand merge. Pure code, apart from `coverage.ts` so that the side panel's
 * first paint (which only reads coverage) does not carry it.
 */

/** A row with one item ticked (on) or unticked (off) at `at`. Pure; the repository stores the result. */
export function withItem(row: RubricRecord | undefined, key: RubricKey, item: string, on: boolean, at: string): RubricRecord {
  const items = new Set(row?.items ?? []);
  if (on) items.add(item);
  else items.delete(item);
  return {
    studyId: key[0],
    brandId: key[1],
    stageId: key[2],
    items: [...items].sort(),
    changed: sortKeys({ ...(row?.changed ?? {}), [item]: at }),
    updatedAt: row && row.updatedAt > at ? row.updatedAt : at,
  };
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** When `key` last changed in `row`; a ticked item with no entry counts from the row's `updatedAt`. */
function changedAt(row: Pick<RubricRecord, 'items' | 'changed' | 'updatedAt'>, key: string): string | undefined {
  return row.changed[key] ?? (row.items.includes(key) ? row.updatedAt : undefined);
}

/**
 * Two copies of the same row (same study, brand and stage) from two backups:
 * per item the later tick or untick wins; on a tie a tick wins. Symmetric
 * (merge(x, y) = merge(y, x)) and idempotent (merge(x, x) = x for a normal row).
 */
export function mergeRubricRows(x: RubricRecord, y: RubricRecord): RubricRecord {
  const keys = new Set([...Object.keys(x.changed), ...Object.keys(y.changed), ...x.items, ...y.items]);
  const items: string[] = [];
  const changed: Record<string, string> = {};
  for (const k of keys) {
    const ax = changedAt(x, k);
    const ay = changedAt(y, k);
    const onX = x.items.includes(k);
    const onY = y.items.includes(k);
    let on: boolean;
    if (ax === undefined) on = onY;
    else if (ay === undefined) on = onX;
    else if (ax !== ay) on = ax > ay ? onX : onY;
    else on = onX || onY;
    if (on) items.push(k);
    const at = ax === undefined ? ay! : ay === undefined ? ax : ax > ay ? ax : ay;
    changed[k] = at;
  }
  return {
    studyId: x.studyId,
    brandId: x.brandId,
    stageId: x.stageId,
    items: items.sort(),
    changed: sortKeys(changed),
    updatedAt: x.updatedAt > y.updatedAt ? x.updatedAt : y.updatedAt,
  };
}

/**
 * Brand merge: the ticks of the merged brand's row join the target brand's
 * row at the same stage. An item ticked on either brand is ticked (the brand
 * is one company that does it); `at` stamps the items this newly ticks.
 */
export function unionRubricRows(into: RubricRecord | undefined, from: RubricRecord, intoBrandId: string, at: string): RubricRecord {
  let row: RubricRecord =
    into ?? { studyId: from.studyId, brandId: intoBrandId, stageId: from.stageId, items: [], changed: {}, updatedAt: at };
  for (const k of from.items) if (!row.items.includes(k)) row = withItem(row, [row.studyId, intoBrandId, row.stageId], k, true, at);
  // Unticks remembered on the merged brand (and not known on the target) keep their time, for later backup merges.
  const changed = { ...row.changed };
  for (const [k, t] of Object.entries(from.changed)) if (!(k in changed)) changed[k] = t;
  return { ...row, brandId: intoBrandId, changed: sortKeys(changed), updatedAt: row.updatedAt > at ? row.updatedAt : at };
}
