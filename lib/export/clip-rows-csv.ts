import type { ClipRow } from '../db/clip-rows-repo';
import { CLIPS_CSV_HEADER, contextCsvCells, type ClipsCsvContext } from '../csv/clip-columns';
import { BOM, csvRow, textCell } from '../csv/csv-cell';

const TYPE = 'text/csv;charset=utf-8';

/**
 * The clips CSV from pre-formatted rows (`clipRows`), byte for byte what
 * `clipsCsvChunks` writes from the clips: per row the `id,study,framework,
 * stage_id,stage,brand,` cells (the five after the id cached per brand ×
 * stage), then the row's stored bytes and CRLF. Each batch becomes one
 * Uint8Array (the stored bytes are never decoded), folded into a Blob every
 * few batches so memory stays bounded.
 */
export async function rowsCsvBlob(
  batches: AsyncIterable<readonly ClipRow[]> | Iterable<readonly ClipRow[]>,
  ctx: ClipsCsvContext,
  onBatch?: (rows: number) => void,
  foldEvery = 4,
): Promise<Blob> {
  const encoder = new TextEncoder();
  const prefixes = new Map<string, Map<string, Uint8Array>>();
  const prefixOf = (brandId: string, stageId: string): Uint8Array => {
    let byStage = prefixes.get(brandId);
    if (!byStage) prefixes.set(brandId, (byStage = new Map()));
    let bytes = byStage.get(stageId);
    if (!bytes) {
      // The context columns after the id, from the column table (the same for every row of a brand × stage).
      bytes = encoder.encode(',' + contextCsvCells({ id: '', brandId, stageId }, ctx, 1));
      byStage.set(stageId, bytes);
    }
    return bytes;
  };

  let blob = new Blob([encoder.encode(BOM + csvRow([...CLIPS_CSV_HEADER]))], { type: TYPE });
  let parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const batch of batches) {
    if (!batch.length) continue;
    const ids = new Array<string>(batch.length);
    const heads = new Array<Uint8Array>(batch.length);
    let capacity = 0;
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i]!;
      const id = textCell(row.id);
      const head = prefixOf(row.brandId, row.stageId);
      ids[i] = id;
      heads[i] = head;
      capacity += id.length * 3 + head.length + row.own.length + 2;
    }
    const buf = new Uint8Array(capacity);
    let off = 0;
    for (let i = 0; i < batch.length; i++) {
      const id = ids[i]!;
      let ascii = true;
      for (let j = 0; j < id.length; j++) {
        const code = id.charCodeAt(j);
        if (code > 127) {
          ascii = false;
          break;
        }
        buf[off + j] = code;
      }
      off += ascii ? id.length : encoder.encodeInto(id, buf.subarray(off)).written;
      const head = heads[i]!;
      buf.set(head, off);
      off += head.length;
      const own = batch[i]!.own;
      buf.set(own, off);
      off += own.length;
      buf[off++] = 13;
      buf[off++] = 10;
    }
    parts.push(buf.subarray(0, off));
    onBatch?.(batch.length);
    if (parts.length >= foldEvery) {
      blob = new Blob([blob, ...parts], { type: TYPE });
      parts = [];
    }
  }
  return new Blob([blob, ...parts], { type: TYPE });
}
