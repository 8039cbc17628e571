import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PendingCapture } from '@/lib/content/bridge';
import { createUiHost } from '@/lib/content/clip-button';
import { captureSelection, usableSelection } from '@/lib/content/selection-capture';
import { TabMessageSchema } from '@/lib/messaging/tab-messages';

/**
 * The always-on content script: watches for a selection, shows the Clip
 * button, and loads the clip form only when it is needed.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    let ui: ReturnType<typeof createUiHost> | undefined;
    const getUi = () => {
      if (!ui) {
        ui = createUiHost(i18n.t('clipButton'), () => {
          const capture = captureSelection();
          if (capture) void openForm(capture);
        });
        globalThis.__journeyLens = ui;
      }
      return ui;
    };

    async function openForm(capture: PendingCapture): Promise<void> {
      const bridge = getUi();
      bridge.hideClipButton();
      if (!globalThis.__journeyLensForm) {
        const answer = (await browser.runtime
          .sendMessage({ type: 'form/open' })
          .catch((e: unknown) => ({ ok: false, message: String(e) }))) as { ok: boolean; message?: string };
        if (!answer?.ok || !globalThis.__journeyLensForm) {
          bridge.showStatus(i18n.t('formLoadFailed'), 'error');
          return;
        }
      }
      globalThis.__journeyLensForm.open(capture);
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const usable = usableSelection();
        if (!usable) {
          ui?.hideClipButton();
          return;
        }
        const rects = usable.range.getClientRects();
        const last = rects[rects.length - 1] ?? usable.range.getBoundingClientRect();
        getUi().showClipButton(last.right, last.bottom);
      }, 120);
    };
    document.addEventListener('mouseup', update, true);
    document.addEventListener('keyup', update, true);
    document.addEventListener('selectionchange', update);

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const parsed = TabMessageSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const message = parsed.data;
      if (message.type === 'tab/clip-selection') {
        const capture = captureSelection();
        if (capture) void openForm(capture);
        return undefined;
      }
      if (window !== window.top && message.kind === 'page') return undefined;
      void openForm({
        kind: message.kind,
        text: message.kind === 'page' ? document.title : (message.text ?? ''),
        selectors: {},
        targetUrl: message.targetUrl,
        returnFocus: document.activeElement,
      });
      return undefined;
    });
  },
});
