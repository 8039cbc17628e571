import { browser } from 'wxt/browser';
import { dataUrlToBlob } from './screenshot';

const WIDTH = 320;

/** A small JPEG of a window's visible tab as a data URL (about 10–25 KB), for a walk step. */
export async function captureThumb(windowId: number | undefined): Promise<string> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'jpeg', quality: 70 });
  const bitmap = await createImageBitmap(dataUrlToBlob(dataUrl));
  const scale = Math.min(1, WIDTH / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas for the thumbnail');
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/jpeg;base64,${btoa(bin)}`;
}
