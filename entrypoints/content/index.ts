import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { i18n } from '#i18n';
import type { PendingCapture } from '@/lib/content/bridge';
import { createClipButton, type ClipButton } from '@/lib/content/clip-button';
import { endWithContext, onRuntimeMessage, whileValid } from '@/lib/content/lifecycle';
import { register } from '@/lib/content/page-global';
import { removeForeignHosts } from '@/lib/content/ui-host';
import { captureSelection, usableSelection } from '@/lib/content/selection-capture';
import { request } from '@/lib/messaging/client';
import { peekTabMessage } from '@/lib/messaging/tab-message-peek';
import { SETTINGS_KEY } from '@/lib/preferences/keys';

/**
 * The always-on content script: watches for a selection, shows the Clip
 * button, and loads the clip form only when it is needed. Everything it sets
 * up goes through `ctx`, so it all ends when the extension is reloaded or
 * updated (lib/content/lifecycle.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let ui: ClipButton | undefined;
    const getUi = () => {
      ui ??= createClipButton(ctx, g.ui(), i18n.t('clipButton'), () => {
        const capture = captureSelection();
        if (capture) void openForm(capture);
      });
      return ui;
    };
    // This script on the one global, for the form and the highlighter (lib/content/page-global.ts).
    const g = register(ctx, 'page', {
      showStatus: (text, kind) => getUi().showStatus(text, kind),
      hideClipButton: () => ui?.hideClipButton(),
      // A save on this page: show the new highlight at once.
      afterSave() {
        if (g.highlighter) g.highlighter.refresh();
        else void request({ type: 'highlights/open' });
      },
    });
    // The UI an earlier instance of the extension left in this page (before a reload or update) goes at once.
    removeForeignHosts(g.instance);

    /** Loads the on-demand form script into this frame (once). */
    async function loadForm() {
      const bridge = getUi();
      bridge.hideClipButton();
      if (!g.form) {
        const answer = await request({ type: 'form/open' });
        if (ctx.isInvalid) return undefined;
        if (!answer.ok || !g.form) {
          bridge.showStatus(i18n.t('formLoadFailed'), 'error');
          return undefined;
        }
      }
      return g.form;
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

    let timer: number | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        void buttonOn.then((on) => {
          if (ctx.isInvalid) return;
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
    ctx.addEventListener(document, 'mouseup', whileValid(ctx, update), { capture: true });
    ctx.addEventListener(document, 'keyup', whileValid(ctx, update), { capture: true });
    ctx.addEventListener(document, 'selectionchange', whileValid(ctx, update));
    // A selection made before this script ran (it came after a reload or update): its button shows too.
    update();

    // Highlights on revisit: a page with clips loads the highlighter; a page
    // without pays one small message. Single-page apps are followed by URL
    // (WXT's location watcher: the Navigation API, or a check every second where there is none).
    let checkedUrl = '';
    const checkHighlights = () => {
      if (location.href === checkedUrl) return;
      checkedUrl = location.href;
      if (g.highlighter) return g.highlighter.refresh();
      void learnButton(askPage())
        .then((a) => {
          if (a.ok && a.count > 0) return request({ type: 'highlights/open' });
        })
        .catch(() => undefined);
    };
    if (/^https?:/.test(location.href)) {
      checkHighlights();
      // Fired as the URL is about to change (the Navigation API's navigate event): look once it has.
      ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(checkHighlights, 50));
    }

    // The settings changed (options page, popup): ask again whether the button shows here, no reload needed.
    endWithContext(ctx, storage.watch(SETTINGS_KEY, whileValid(ctx, () => void learnButton(askPage()))));

    // Messages from the background are routed here and validated (with zod) by the form script.
    onRuntimeMessage(ctx, (raw: unknown) => {
      const msg = peekTabMessage(raw);
      if (msg?.type === 'tab/highlights-refresh') return void g.highlighter?.refresh();
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
