import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiHost } from './ui-host';

const CSS = `
.jl-clip {
  position: fixed; z-index: 2147483646; display: none;
  font: 600 14px/1 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 7px 12px; border-radius: 999px; border: 1px solid #1d4ed8;
  background: #2563eb; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgb(0 0 0 / .25);
}
.jl-clip:hover { background: #1d4ed8; }
.jl-clip:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.jl-status {
  position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; max-width: 360px;
  font: 500 14px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 10px 14px; border-radius: 10px; background: #065f46; color: #fff;
  box-shadow: 0 4px 16px rgb(0 0 0 / .3);
}
.jl-status[data-kind="error"] { background: #991b1b; }
.jl-status:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .jl-clip { background: #3b82f6; border-color: #93c5fd; }
}
`;

export interface ClipButton {
  showClipButton(x: number, y: number): void;
  hideClipButton(): void;
  showStatus(text: string, kind: 'ok' | 'error'): void;
}

/**
 * The always-on script's part of the in-page UI (lib/content/ui-host.ts): the
 * Clip button and a status line. Built on first use; gone when `ctx` ends.
 */
export function createClipButton(ctx: ContentScriptContext, ui: UiHost, label: string, onClip: () => void): ClipButton {
  const part = ui.part('clip', ctx, CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'jl-clip';
  button.textContent = label;
  // Keep the page's selection: the button must not take focus on press.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClip();
  });
  const status = document.createElement('div');
  status.className = 'jl-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  part.append(button, status);

  let statusTimer: number | undefined;
  return {
    showClipButton(x, y) {
      const maxX = document.documentElement.clientWidth - 80;
      const maxY = document.documentElement.clientHeight - 40;
      button.style.left = `${Math.max(4, Math.min(x, maxX))}px`;
      button.style.top = `${Math.max(4, Math.min(y + 8, maxY))}px`;
      button.style.display = 'block';
    },
    hideClipButton() {
      button.style.display = 'none';
    },
    showStatus(text, kind) {
      clearTimeout(statusTimer);
      status.dataset.kind = kind;
      status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      status.textContent = text;
      if (kind === 'ok') statusTimer = ctx.setTimeout(() => (status.textContent = ''), 6000);
    },
  };
}
