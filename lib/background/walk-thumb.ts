import { browser } from 'wxt/browser';
import { compressImage, dataUrlToBlob } from './screenshot';

const WIDTH = 320;

/** A small JPEG of a window's visible tab as a data URL (about 10–25 KB), for a walk step. */
export async function captureThumb(windowId: number | undefined): Promise<string> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'jpeg', quality: 70 });
  const shot = await compressImage(dataUrlToBlob(dataUrl), WIDTH, 0.6);
  const bytes = new Uint8Array(await shot.data.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/jpeg;base64,${btoa(bin)}`;
}
