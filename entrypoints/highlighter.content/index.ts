import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { anchor } from '@/lib/anchoring/anchor';
import { Painter, type Painted } from '@/lib/highlights/paint';
import { describePlaces } from '@/lib/anchoring/describe-places';
import type { PageClip, RequestInputOf } from '@/lib/messaging/protocol';
import { request } from '@/lib/messaging/client';
import { whileValid } from '@/lib/content/lifecycle';
import { register } from '@/lib/content/page-global';

const CARD_CSS = `
.jl-overlays { position: fixed; inset: 0; pointer-events: none; z-index: 2147483644; }
.jl-box { position: fixed; pointer-events: none; border-radius: 2px; }
.jl-card { position: fixed; z-index: 2147483646; max-width: 320px; padding: 10px 12px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  background: #fff; color: #0f172a; box-shadow: 0 6px 24px rgb(0 0 0 / .25); border-left: 4px solid var(--c); }
.jl-card p { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.jl-card .meta { color: #475569; font-size: 14px; }
.jl-card .row { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
.jl-card button { font: inherit; font-size: 14px; padding: 3px 8px; border-radius: 6px; border: 1px solid #cbd5e1; background: #f8fafc; color: inherit; cursor: pointer; }
.jl-card button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .jl-card { background: #1e293b; color: #e2e8f0; } .jl-card .meta { color: #94a3b8; }
  .jl-card button { background: #0f172a; border-color: #475569; }
}`;

/**
 * The highlighter, injected on demand into pages that have clips: it anchors
 * each clip, paints it in its stage's colour, shows the clip on click, and
 * reports what it found (placed, changed since capture, orphan). Its cards and
 * overlays are its part of the in-page UI host; all of it (and the paint) goes
 * when its context ends.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    const g = register(ctx, 'highlighter', { refresh: () => void load() });
    const ui = () => g.ui().part('highlights', ctx, CARD_CSS);
    const painter = new Painter(ui);
    let clips: PageClip[] = [];
    let painted: Painted[] = [];
    let hidden = false;
    let retries = 0;
    let card: HTMLElement | undefined;

    function anchorAll(report: boolean) {
      const results: RequestInputOf<'page/anchors'>['results'] = [];
      painted = [];
      for (const clip of clips) {
        const r = anchor(document.body, { quote: clip.quote, position: clip.position });
        if (r.status === 'orphan') {
          // Several places match: described as a new selector would be, for the side panel to offer.
          const candidates = describePlaces(document.body, r.places ?? []);
          results.push({ clipId: clip.id, status: 'orphan', foundText: '', ...(candidates.length ? { candidates } : {}) });
          continue;
        }
        painted.push({ clipId: clip.id, stageId: clip.stageId, color: clip.color, range: r.range });
        results.push({ clipId: clip.id, status: r.changed ? 'changed' : 'anchored', foundText: r.changed ? r.foundText.slice(0, 200_000) : '' });
      }
      if (!hidden) painter.paint(painted);
      else painter.clear();
      if (report) void request({ type: 'page/anchors', url: location.href, results }).catch(() => undefined);
      return results.some((r) => r.status === 'orphan');
    }

    // Loads can overlap (a save and a navigation); only the latest one paints.
    let generation = 0;
    let loadedUrl = '';
    async function load() {
      if (ctx.isInvalid) return;
      const mine = ++generation;
      loadedUrl = location.href;
      const answer = await request({ type: 'page/clips', url: location.href });
      if (!answer.ok || mine !== generation || ctx.isInvalid) return;
      clips = answer.clips;
      hidden = answer.hidden;
      retries = 0;
      anchorAll(true);
      watchForChanges();
    }

    // Pages change under the highlights: lazily loaded content (orphans may
    // appear) and re-rendered views (painted ranges collapse). Re-anchor when
    // that happens, debounced and bounded per load.
    let observer: MutationObserver | undefined;
    let timer: number | undefined;
    const stale = () => painted.length < clips.length || painted.some((p) => p.range.collapsed || !p.range.commonAncestorContainer.isConnected);
    function watchForChanges() {
      observer?.disconnect();
      observer = new MutationObserver((records) => {
        if (records.every((r) => r.target instanceof Node && g.ui().contains(r.target))) return;
        clearTimeout(timer);
        timer = ctx.setTimeout(() => {
          // A single-page app changed view and URL: this is another page now.
          if (location.href !== loadedUrl) return void load();
          if (!stale()) return;
          retries++;
          anchorAll(true);
          if (retries >= 20) observer?.disconnect();
        }, 400);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }

    function closeCard() {
      card?.remove();
      card = undefined;
    }

    function showCard(p: Painted, x: number, y: number) {
      const clip = clips.find((c) => c.id === p.clipId);
      if (!clip) return;
      closeCard();
      card = document.createElement('div');
      card.className = 'jl-card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-label', i18n.t('highlightCard'));
      card.style.setProperty('--c', clip.color);
      card.style.left = `${Math.min(x, innerWidth - 340)}px`;
      card.style.top = `${Math.min(y + 12, innerHeight - 160)}px`;
      const head = document.createElement('p');
      head.className = 'meta';
      head.textContent = `${clip.stageLabel} · ${clip.brandName}${clip.score ? ` · ${'★'.repeat(clip.score)}` : ''}`;
      card.append(head);
      if (clip.note) {
        const note = document.createElement('p');
        note.textContent = clip.note;
        card.append(note);
      }
      const row = document.createElement('div');
      row.className = 'row';
      const button = (label: string, onClick: () => void) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.addEventListener('click', onClick);
        row.append(b);
        return b;
      };
      button(i18n.t('highlightsHidePage'), () => void setHidden('page'));
      button(i18n.t('highlightsHideAll'), () => void setHidden('all'));
      const close = button(i18n.t('close'), closeCard);
      card.append(row);
      ui().append(card);
      close.focus({ preventScroll: true });
    }

    async function setHidden(scope: 'page' | 'all') {
      if (ctx.isInvalid) return;
      closeCard();
      hidden = true;
      painter.clear();
      await request({ type: 'highlights/hide', url: location.href, scope, hidden: true }).catch(() => undefined);
    }

    ctx.addEventListener(
      document,
      'click',
      whileValid(ctx, (e: MouseEvent) => {
        if (!painted.length || hidden) return;
        if (e.composedPath().includes(g.ui().host)) return;
        const p = painter.hit(e.clientX, e.clientY);
        if (p && !getSelection()?.toString()) showCard(p, e.clientX, e.clientY);
        else closeCard();
      }),
      { capture: true },
    );
    ctx.addEventListener(document, 'keydown', (e) => e.key === 'Escape' && closeCard(), { capture: true });
    ctx.onInvalidated(() => {
      observer?.disconnect();
      painter.clear();
      closeCard();
    });

    void load();
    void browser; // the polyfill is shared with the always-on script
  },
});
