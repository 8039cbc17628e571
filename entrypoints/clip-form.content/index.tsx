import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { ClipForm, type ClipFormValues } from '@/components/clip-form/ClipForm';
import { FORM_CSS } from '@/components/clip-form/form-styles';
import { SCORE_CSS } from '@/components/clip-form/ScoreInput';
import { readPageMetadata } from '@/lib/capture/page-metadata';
import { readPageItem } from '@/lib/capture/page-item';
import type { PendingCapture } from '@/lib/content/bridge';
import { register } from '@/lib/content/page-global';
import { request } from '@/lib/messaging/client';
import { describeFailure } from '@/lib/content/failure-text';
import { buildDraft } from '@/lib/content/build-draft';
import { describeRange } from '@/lib/anchoring/describe';
import { parseTabMessage } from '@/lib/messaging/tab-messages';
import { newId } from '@/lib/model';
import { plural } from '@/lib/i18n/plural';

/**
 * The clip form, injected on demand by the background into the frame where
 * the user pressed Clip. It renders into its part of the in-page UI host
 * (lib/content/ui-host.ts), and goes (form, listeners, timers) when its
 * context ends: a newer copy of this script, or the extension reloaded.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    const locale = uiLocale();
    let mount: HTMLElement | undefined;
    /** Ends the open form's draft keeping (called on save and cancel, which drop the draft). */
    let stopKeeping: (() => void) | undefined;

    function close(capture: PendingCapture) {
      stopKeeping?.();
      stopKeeping = undefined;
      if (mount) render(null, mount);
      mount?.remove();
      mount = undefined;
      const target = capture.returnFocus;
      if (target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
    }

    const g = register(ctx, 'form', {
      handleTabMessage(raw, selection, returnFocus) {
        const message = parseTabMessage(raw);
        if (!message) return;
        if (message.type !== 'tab/clip-selection' && message.type !== 'tab/clip-target') return; // the other scripts' business
        if (message.type === 'tab/clip-selection') {
          if (selection) this.open(selection);
          return;
        }
        this.open({
          kind: message.kind,
          text: message.kind === 'page' ? document.title : (message.text ?? ''),
          selectors: {},
          targetUrl: message.targetUrl,
          returnFocus,
        });
      },
      open(capture) {
        const bridge = g.page;
        if (!bridge || ctx.isInvalid) return;
        if (mount) close(capture);
        void (async () => {
          const capturedAt = new Date().toISOString();
          if (capture.range && !capture.selectors.quote) {
            try {
              capture = { ...capture, selectors: describeRange(document.body, capture.range) };
            } catch {
              // A selection the text walker cannot map (e.g. inside a closed shadow root): keep the quote alone.
            }
          }
          let id = newId();
          const meta = readPageMetadata(document, location.href);
          try {
            // The review, post, comment or listing the selection lies in (or the page's own item).
            meta.item = readPageItem(document, location.href, capture.range?.commonAncestorContainer, capture.text);
          } catch {
            meta.item = null;
          }
          const answer = await request({
            type: 'form/context',
            url: location.href,
            meta,
            selection: capture.text.slice(0, 5000),
          });
          if (ctx.isInvalid) return;
          if (!answer.ok) {
            bridge.showStatus(describeFailure(answer), 'error');
            return;
          }
          const { context } = answer;
          let draftBase = buildDraft({ id, capture, meta, context, capturedAt, url: location.href });
          // A form of this study left with typed work on this page (it went away before Save): offered again.
          const earlier = await request({ type: 'draft/for-page', url: location.href }).catch(() => undefined);
          const offer = earlier?.ok ? earlier.kept.find((k) => k.draft.studyId === context.study.id && k.draft.id !== id) : undefined;
          if (ctx.isInvalid) return;
          mount = document.createElement('div');
          g.ui().part('form', ctx, FORM_CSS + SCORE_CSS).append(mount);
          // Typed work is kept (through the background) while the form is open, and once more as the
          // page goes away; the side panel offers a kept draft again. Save and Cancel drop it.
          let latest: ClipFormValues | null = null;
          let timer: number | undefined;
          let kept = false;
          const keep = () => {
            timer = undefined;
            if (!latest || ctx.isInvalid) return;
            const { screenshot: _screenshot, ownSite: _ownSite, ...values } = latest;
            kept = true;
            void request({
              type: 'draft/keep',
              kept: {
                draft: { ...draftBase.draft, ...values, studyId: context.study.id },
                studyName: context.study.name,
                savedAt: new Date().toISOString(),
              },
            }).catch(() => undefined);
          };
          const flush = () => {
            if (timer !== undefined) {
              clearTimeout(timer);
              keep();
            }
          };
          const onDraft = (values: ClipFormValues | null) => {
            latest = values;
            if (timer !== undefined) clearTimeout(timer);
            timer = undefined;
            if (values) timer = ctx.setTimeout(keep, 250);
            else if (kept && ctx.isValid) {
              kept = false;
              void request({ type: 'draft/drop', id }).catch(() => undefined);
            }
          };
          ctx.addEventListener(window, 'pagehide', flush);
          stopKeeping = () => {
            removeEventListener('pagehide', flush);
            onDraft(null);
          };
          const show = (initial?: Partial<ClipFormValues>, restorable?: typeof offer) => {
            if (!mount) return;
            render(
              <ClipForm
                key={id}
                initial={initial}
                restorable={
                  restorable && {
                    quote: restorable.draft.quote,
                    onRestore() {
                      // The kept draft takes the form's place: its id, quote and place on the page, and its values.
                      const { stageId, brandName, note, tags, sentiment, score, behavior, servqual, ...base } = restorable.draft;
                      onDraft(null);
                      id = base.id;
                      draftBase = { draft: base, quote: base.quote, quoteWasCut: false, item: base.item ?? null };
                      kept = true;
                      show({ stageId, brandName, note, tags, sentiment, score, behavior, servqual });
                    },
                  }
                }
                quote={draftBase.quote}
                quoteWasCut={draftBase.quoteWasCut}
                context={context}
                item={draftBase.item}
                locale={locale}
                screenshotDefault={answer.screenshotDefault === true}
                onCancel={() => close(capture)}
                onDraft={onDraft}
                onSave={async ({ screenshot, ...values }) => {
                  // The screenshot must show the page, not our form: hide it while the tab is captured.
                  if (screenshot && mount) {
                    mount.style.visibility = 'hidden';
                    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                  }
                  const { ownSite, ...chosen } = values;
                  if (ctx.isInvalid) return ctx.block();
                  const saved = await request({
                    type: 'clip/save',
                    withScreenshot: screenshot,
                    draft: {
                      ...draftBase.draft,
                      ...chosen,
                      // A host joins the brand's domains only when the researcher confirmed it is the brand's own site.
                      brandDomain: ownSite ? context.detected.brandDomain : undefined,
                    },
                  });
                  if (ctx.isInvalid) return ctx.block();
                  if (mount) mount.style.visibility = '';
                  if (!saved.ok) return { ok: false, message: describeFailure(saved) };
                  close(capture);
                  bridge.afterSave();
                  const text = saved.duplicate
                    ? i18n.t('savedAlready')
                    : plural('savedStatus', saved.pageCount, [String(saved.pageCount), saved.brandName]);
                  // The clip is stored either way; a failed screenshot is said, not hidden.
                  bridge.showStatus(
                    saved.screenshotError ? `${text} ${i18n.t('savedNoScreenshot', [saved.screenshotError])}` : text,
                    'ok',
                  );
                  return { ok: true };
                }}
              />,
              mount,
            );
          };
          show(undefined, offer);
        })();
      },
    });
    // The extension went away (or a newer form script came): the form goes with its timers and listeners.
    ctx.onInvalidated(() => {
      stopKeeping = undefined;
      if (mount) render(null, mount);
      mount = undefined;
    });
  },
});
