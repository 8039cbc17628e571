/** Styles of the in-page clip form; it lives in a shadow root, so page CSS cannot reach it. */
export const FORM_CSS = `
.jl-backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgb(15 23 42 / .35);
  display: flex; align-items: flex-start; justify-content: flex-end; padding: 16px; box-sizing: border-box; }
.jl-dialog { --bg: #ffffff; --fg: #0f172a; --muted: #475569; --line: #cbd5e1; --accent: #2563eb; --field: #f8fafc;
  width: min(420px, 100%); max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box;
  background: var(--bg); color: var(--fg); border-radius: 12px; padding: 16px 18px;
  box-shadow: 0 12px 40px rgb(0 0 0 / .35);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
@media (prefers-color-scheme: dark) {
  .jl-dialog { --bg: #0f172a; --fg: #e2e8f0; --muted: #94a3b8; --line: #334155; --accent: #60a5fa; --field: #1e293b; }
}
.jl-dialog h2 { margin: 0 0 8px; font-size: 16px; }
.jl-quote { margin: 0 0 10px; padding: 8px 10px; border-left: 3px solid var(--accent); background: var(--field);
  color: var(--muted); white-space: pre-wrap; overflow-wrap: anywhere; max-height: 110px; overflow: auto; font-size: 14px; }
.jl-cut { color: #b45309; font-size: 14px; margin: -6px 0 8px; }
.jl-row { display: grid; gap: 4px; margin: 0 0 10px; }
.jl-row label, .jl-legend { font-weight: 600; font-size: 14px; }
.jl-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10px; }
.jl-dialog input[type=text], .jl-dialog select, .jl-dialog textarea {
  font: inherit; color: var(--fg); background: var(--field); border: 1px solid var(--line); border-radius: 8px;
  padding: 6px 8px; width: 100%; box-sizing: border-box; }
.jl-dialog textarea { min-height: 64px; resize: vertical; }
.jl-dialog :focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
.jl-hint { color: var(--muted); font-size: 14px; }
.jl-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.jl-chip { font: inherit; font-size: 14px; text-align: left; padding: 4px 10px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--line); background: var(--field); color: var(--fg); max-width: 100%; overflow-wrap: anywhere; }
.jl-chip[aria-pressed=true] { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
.jl-chip:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.jl-lookfor { margin: 0; padding-left: 18px; color: var(--muted); font-size: 14px; }
.jl-actions { display: flex; gap: 8px; justify-content: flex-end; align-items: center; margin-top: 6px; }
.jl-actions button { font-family: inherit; font-size: 14px; font-weight: 600; line-height: 1; padding: 8px 14px; border-radius: 8px; cursor: pointer;
  border: 1px solid var(--line); background: var(--field); color: var(--fg); }
.jl-actions button[type=submit] { background: var(--accent); border-color: var(--accent); color: #fff; }
.jl-actions button:disabled { opacity: .6; cursor: progress; }
.jl-error { color: #b91c1c; background: #fee2e2; border-radius: 8px; padding: 6px 10px; margin: 6px 0; font-size: 14px; }
@media (prefers-color-scheme: dark) { .jl-error { color: #fecaca; background: #7f1d1d; } }
.jl-check { display: flex; gap: 6px; align-items: center; font-size: 14px; }
.jl-row .jl-check { font-weight: 400; }
.jl-item { margin: -4px 0 10px; overflow-wrap: anywhere; }
.jl-choices { display: flex; flex-wrap: wrap; gap: 6px; }
.jl-choice { font: inherit; font-size: 14px; padding: 3px 10px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--line); background: var(--field); color: var(--fg); }
`;
