import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { i18n } from '#i18n';
import type { PendingCapture } from '@/lib/content/bridge';
import { createUiHost } from '@/lib/content/clip-button';
import { captureSelection, usableSelection } from '@/lib/content/selection-capture';
import { request } from '@/lib/messaging/client';
import { peekTabMessage } from '@/lib/messaging/tab-message-peek';
import { SETTINGS_KEY } from '@/lib/preferences/keys';

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

    /** Loads the on-demand form script into this frame (once). */
    async function loadForm() {
      const bridge = getUi();
      bridge.hideClipButton();
      if (!globalThis.__journeyLensForm) {
        const answer = await request({ type: 'form/open' });
        if (!answer.ok || !globalThis.__journeyLensForm) {
          bridge.showStatus(i18n.t('formLoadFailed'), 'error');
          return undefined;
        }
      }
      return globalThis.__journeyLensForm;
    }

    async function openForm(capture: PendingCapture): Promise<void> {
      (await loadForm())?.open(capture);
    }

    /**
     * Asks the background about this page: its clip count (for highlights) and
     * whether the Clip button shows here (Settings: off globally or for this site).
     */
    const askPage = () => request({ type: 'page/clip-count', url: location.href });
    // Until the background answers, a selection waits for it: the button never flashes on a site where it is off.
    // With no answer at all it shows (it is a convenience; clipping itself needs the background anyway).
    let buttonOn: Promise<boolean> = Promise.resolve(true);
    const learnButton = (answer: ReturnType<typeof askPage>) => {
      buttonOn = answer.then((a) => !(a.ok && a.clipButton === false));
      void buttonOn.then((on) => {
        if (!on) ui?.hideClipButton();
      });
      return answer;
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void buttonOn.then((on) => {
          const usable = on && usableSelection();
          if (!usable) {
            ui?.hideClipButton();
            return;
          }
          const rects = usable.range.getClientRects();
          const last = rects[rects.length - 1] ?? usable.range.getBoundingClientRect();
          getUi().showClipButton(last.right, last.bottom);
        });
      }, 120);
    };
    document.addEventListener('mouseup', update, true);
    document.addEventListener('keyup', update, true);
    document.addEventListener('selectionchange', update);

    // Highlights on revisit: a page with clips loads the highlighter; a page
    // without pays one small message. Single-page apps are followed by URL.
    let checkedUrl = '';
    const checkHighlights = () => {
      if (location.href === checkedUrl) return;
      checkedUrl = location.href;
      if (globalThis.__journeyLensHighlighter) return globalThis.__journeyLensHighlighter.refresh();
      void learnButton(askPage())
        .then((a) => {
          if (a.ok && a.count > 0) return request({ type: 'highlights/open' });
        })
        .catch(() => undefined);
    };
    if (/^https?:/.test(location.href)) {
      checkHighlights();
      setInterval(checkHighlights, 1000);
      addEventListener('popstate', () => setTimeout(checkHighlights, 50));
    }
    // A save on this page: show the new highlight at once.
    globalThis.__journeyLensAfterSave = () => {
      if (globalThis.__journeyLensHighlighter) globalThis.__journeyLensHighlighter.refresh();
      else void request({ type: 'highlights/open' });
    };

    // The settings changed (options page, popup): ask again whether the button shows here, no reload needed.
    storage.watch(SETTINGS_KEY, () => void learnButton(askPage()));

    // Messages from the background are routed here and validated (with zod) by the form script.
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = peekTabMessage(raw);
      if (msg?.type === 'tab/highlights-refresh') return void globalThis.__journeyLensHighlighter?.refresh();
      if (msg?.type !== 'tab/clip-selection' && msg?.type !== 'tab/clip-target') return undefined;
      // Every frame hears the message: only the one with the selection (or the top frame, for a page) answers.
      const selection = captureSelection();
      if (msg.type === 'tab/clip-selection' && !selection) return undefined;
      if (msg.wholePage && window !== window.top) return undefined;
      const focus = document.activeElement;
      void loadForm().then((form) => form?.handleTabMessage(raw, selection, focus));
      return undefined;
    });
  },
});
