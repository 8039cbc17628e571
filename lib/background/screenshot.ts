import { browser } from 'wxt/browser';

export interface CompressedShot {
  mime: string;
  data: Blob;
  width: number;
  height: number;
}

const MAX_WIDTH = 1280;

/**
 * A JPEG of the visible part of a tab, scaled to at most 1280 px wide and
 * re-encoded (typically 60–200 KB), ready for the `screenshots` table.
 */
export async function captureVisibleTab(windowId: number | undefined): Promise<CompressedShot> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'jpeg', quality: 80 });
  return compressImage(dataUrlToBlob(dataUrl));
}

/** A `data:` URL as a Blob, decoded here (no fetch: the extension makes no network calls at all). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const head = dataUrl.slice(0, comma);
  const mime = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const body = dataUrl.slice(comma + 1);
  if (!head.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type: mime });
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** A JPEG at most `maxWidth` px wide (the clip screenshot's 1280 by default; walk thumbnails are smaller). */
export async function compressImage(source: Blob, maxWidth = MAX_WIDTH, quality = 0.7): Promise<CompressedShot> {
  const bitmap = await createImageBitmap(source);
  const scale = Math.min(1, maxWidth / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas to compress the screenshot');
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const data = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return { mime: 'image/jpeg', data, width, height };
}
