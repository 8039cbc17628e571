import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { request } from '@/lib/messaging/client';
import type { WalkInfo } from '@/lib/messaging/protocol';
import { peekTabMessage } from '@/lib/messaging/tab-message-peek';
import type { RecordedStep } from '@/lib/model/walk';
import { newId, nowIso } from '@/lib/model/make-id';
import { actionTarget, clickText, fieldLabel, formText, isSecretField, isTypingField } from '@/lib/walks/describe-target';
import { createWalkBar, WALK_BAR_CSS } from '@/lib/walks/walk-bar';
import { onRuntimeMessage, whileValid } from '@/lib/content/lifecycle';
import { register } from '@/lib/content/page-global';
import { recordedStepKey } from '@/lib/walks/recorded-step-key';

/**
 * The walk-through recorder, injected by the background into the top frame of
 * a tab that records a walk (again after every navigation). Clicks, forms sent
 * and fields typed in become steps — with the element's visible text or the
 * field's label, never a typed value; password and payment fields are skipped,
 * and frames (payment providers embed theirs) are never recorded. Injected
 * again, the newer copy takes over (WXT ends the older one's context, which
 * removes its bar and listeners).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    if (window !== window.top) return;

    let walk: WalkInfo | null = null;
    let lastTyped = '';
    const g = register(ctx, 'recorder', { refresh: () => void refresh() });
    const bar = createWalkBar({
      t: (key, subs) => i18n.t(key as never, subs as never),
      onControl: whileValid(ctx, (control, note) => void control_(control, note)),
      mount: () => g.ui().part('walk', ctx, WALK_BAR_CSS),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });

    async function refresh() {
      if (ctx.isInvalid) return;
      const answer = await request({ type: 'walk/state' });
      if (ctx.isInvalid) return;
      walk = answer.ok ? answer.walk : null;
      if (walk) bar.show(walk);
      else bar.remove();
    }

    async function control_(control: 'pause' | 'resume' | 'stop' | 'friction' | 'note', note = '') {
      if (!walk) return;
      const answer = await request({ type: 'walk/control', walkId: walk.id, control, note });
      if (ctx.isInvalid) return;
      if (!answer.ok) {
        bar.error(i18n.t('walkError', [answer.message]));
        if (answer.code === 'walk-stopped') bar.remove();
        return;
      }
      walk = answer.walk;
      if (control === 'stop') {
        bar.done(i18n.t('walkStopped', [String(walk.steps)]));
        walk = null;
      } else {
        bar.show(walk);
        if (control === 'friction') bar.say(i18n.t('walkFrictionMarked'));
        if (control === 'note') bar.say(i18n.t('walkNoteAdded'));
      }
    }

    /**
     * Hands a step to the background through extension storage: the browser
     * writes it even when this page is gone a moment later (a click that
     * navigates) and while the service worker sleeps; the id is made here, so
     * the step is stored once.
     */
    function send(action: 'click' | 'submit' | 'type', targetText: string) {
      if (!walk || walk.status !== 'recording') return;
      const id = newId();
      const recorded: RecordedStep = {
        walkId: walk.id,
        step: { id, action, targetText, url: location.href, title: document.title.slice(0, 500), at: nowIso() },
      };
      void browser.storage.local.set({ [recordedStepKey(id)]: recorded }).catch(() => bar.error(i18n.t('walkError', [''])));
      walk = { ...walk, steps: walk.steps + 1 };
      bar.show(walk);
    }

    const inOwnUi = (e: Event) => e.composedPath().includes(g.ui().host);

    ctx.addEventListener(
      document,
      'click',
      whileValid(ctx, (e: MouseEvent) => {
        if (inOwnUi(e) || !(e.target instanceof Element)) return;
        const el = actionTarget(e.target);
        if (isSecretField(el)) return;
        // Clicking into a text field is not a step; typing in it is (on change).
        if (isTypingField(el) && !(el instanceof HTMLSelectElement)) return;
        if (el instanceof HTMLSelectElement) return;
        // A submit button's click is the form being sent: the submit step says it once.
        const submits = (el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image'));
        if (submits && (el as HTMLButtonElement | HTMLInputElement).form) return;
        send('click', clickText(el));
      }),
      { capture: true },
    );
    ctx.addEventListener(
      document,
      'change',
      whileValid(ctx, (e: Event) => {
        if (inOwnUi(e) || !(e.target instanceof Element)) return;
        const el = e.target;
        if (!isTypingField(el) || isSecretField(el)) return;
        const label = fieldLabel(el);
        // One step per field in a row: retyping the same field is not a new step.
        if (label === lastTyped) return;
        lastTyped = label;
        send('type', label);
      }),
      { capture: true },
    );
    ctx.addEventListener(
      document,
      'submit',
      whileValid(ctx, (e: SubmitEvent) => {
        if (inOwnUi(e) || !(e.target instanceof HTMLFormElement)) return;
        lastTyped = '';
        send('submit', formText(e.target, e.submitter));
      }),
      { capture: true },
    );

    // The walk changed elsewhere (the shortcut stopped it): ask the background again.
    onRuntimeMessage(ctx, (raw: unknown) => {
      if (peekTabMessage(raw)?.type === 'tab/walk-changed') void refresh();
      return undefined;
    });

    void refresh();
  },
});
