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
  const source = await (await fetch(dataUrl)).blob();
  return compressImage(source);
}

export async function compressImage(source: Blob): Promise<CompressedShot> {
  const bitmap = await createImageBitmap(source);
  const scale = Math.min(1, MAX_WIDTH / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas to compress the screenshot');
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const data = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return { mime: 'image/jpeg', data, width, height };
}
