import type { WalkInfo } from '../messaging/protocol';

/**
 * The recording bar shown on the page while a walk is recorded: what is being
 * recorded, the step count, what is never recorded, and the buttons Friction,
 * Note, Pause (Resume) and Stop. It lives in the recorder's part
 * (`journey-lens-walk`) of the in-page UI host's open shadow root
 * (lib/content/ui-host.ts), so the page's CSS cannot reach in and assistive
 * tech can. Built with DOM calls only; its CSS is scoped to its part.
 */

export const WALK_BAR_CSS = `
journey-lens-walk .bar {
  position: fixed; z-index: 2147483646; left: 50%; bottom: 12px; transform: translateX(-50%);
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px; max-width: min(760px, calc(100vw - 24px));
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 8px 12px; border-radius: 12px; background: #111827; color: #f9fafb; box-shadow: 0 4px 18px rgb(0 0 0 / .35);
}
journey-lens-walk .dot { width: 10px; height: 10px; border-radius: 50%; background: #ef4444; flex: none; }
journey-lens-walk .bar[data-status="paused"] .dot { background: #f59e0b; }
journey-lens-walk .what { font-weight: 600; }
journey-lens-walk .privacy { flex-basis: 100%; font-size: 12px; color: #d1d5db; margin: 0; }
journey-lens-walk button { font: inherit; padding: 4px 10px; border-radius: 8px; border: 1px solid #4b5563; background: #1f2937; color: inherit; cursor: pointer; }
journey-lens-walk button:hover { background: #374151; }
journey-lens-walk button:focus-visible, journey-lens-walk input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
journey-lens-walk .note { display: flex; gap: 6px; flex-basis: 100%; }
journey-lens-walk .note[hidden] { display: none; }
journey-lens-walk .note input { flex: 1; font: inherit; padding: 4px 8px; border-radius: 6px; border: 1px solid #6b7280; background: #fff; color: #111827; }
journey-lens-walk .say { flex-basis: 100%; margin: 0; font-size: 13px; }
journey-lens-walk .say:empty { display: none; }
journey-lens-walk .say[data-kind="error"] { color: #fca5a5; }
@media (prefers-color-scheme: light) { journey-lens-walk .bar { background: #1f2937; } }
`;

export interface WalkBarDeps {
  t(key: string, subs?: string[]): string;
  onControl(control: 'pause' | 'resume' | 'stop' | 'friction' | 'note', note?: string): void;
  /** Where the bar goes when shown: the recorder's part of the in-page UI. */
  mount(): HTMLElement;
  /** A timer that ends with the recorder (`ctx.setTimeout`). */
  setTimeout(fn: () => void, ms: number): number;
}

export interface WalkBar {
  show(walk: WalkInfo): void;
  say(text: string): void;
  error(text: string): void;
  /** The walk ended: say so briefly, then go. */
  done(text: string): void;
  remove(): void;
}

export function createWalkBar(deps: WalkBarDeps): WalkBar {
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', deps.t('walkBarLabel'));
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const what = document.createElement('span');
  what.className = 'what';
  const count = document.createElement('span');
  const button = (label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onClick();
    });
    return b;
  };
  const friction = button(deps.t('walkFriction'), () => deps.onControl('friction'));
  const noteRow = document.createElement('div');
  noteRow.className = 'note';
  noteRow.hidden = true;
  const noteInput = document.createElement('input');
  noteInput.type = 'text';
  noteInput.maxLength = 5000;
  noteInput.setAttribute('aria-label', deps.t('walkNoteLabel'));
  const addNote = () => {
    const text = noteInput.value.trim();
    if (!text) return;
    deps.onControl('note', text);
    noteInput.value = '';
    noteRow.hidden = true;
  };
  noteInput.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      addNote();
    } else if (e.key === 'Escape') {
      noteRow.hidden = true;
      note.focus();
    }
  });
  noteRow.append(noteInput, button(deps.t('walkNoteAdd'), addNote));
  const note = button(deps.t('walkNote'), () => {
    noteRow.hidden = !noteRow.hidden;
    if (!noteRow.hidden) noteInput.focus();
  });
  let status: WalkInfo['status'] = 'recording';
  const pause = button(deps.t('walkPause'), () => deps.onControl(status === 'paused' ? 'resume' : 'pause'));
  const stop = button(deps.t('walkStop'), () => deps.onControl('stop'));
  const privacy = document.createElement('p');
  privacy.className = 'privacy';
  privacy.textContent = deps.t('walkBarPrivacy');
  const said = document.createElement('p');
  said.className = 'say';
  said.setAttribute('role', 'status');
  bar.append(dot, what, count, friction, note, pause, stop, noteRow, privacy, said);

  let attached = false;
  let sayTimer: number | undefined;
  const say = (text: string, kind: 'ok' | 'error' = 'ok') => {
    clearTimeout(sayTimer);
    said.dataset.kind = kind;
    said.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    said.textContent = text;
    if (kind === 'ok') sayTimer = deps.setTimeout(() => (said.textContent = ''), 5000);
  };
  return {
    show(walk) {
      status = walk.status;
      bar.dataset.status = walk.status;
      what.textContent = deps.t(walk.status === 'paused' ? 'walkBarPaused' : 'walkBarRecording', [walk.task]);
      count.textContent = deps.t('walkBarSteps', [String(walk.steps)]);
      pause.textContent = deps.t(walk.status === 'paused' ? 'walkResume' : 'walkPause');
      friction.disabled = walk.steps === 0;
      if (!attached) {
        deps.mount().append(bar);
        attached = true;
      }
    },
    say: (text) => say(text),
    error: (text) => say(text, 'error'),
    done(text) {
      for (const b of [friction, note, pause, stop]) b.disabled = true;
      noteRow.hidden = true;
      say(text);
      deps.setTimeout(() => {
        bar.remove();
        attached = false;
      }, 4000);
    },
    remove() {
      bar.remove();
      attached = false;
    },
  };
}
