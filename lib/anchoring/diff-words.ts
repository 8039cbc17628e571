/**
 * Word-level diff between a captured quote and the text found on the page
 * now, for showing what changed ("was: … / now: …").
 *
 * Tokens are words (runs of letters, digits and marks), single punctuation or
 * symbol characters, white-space runs, and single Han / kana characters (Chinese
 * and Japanese are written without spaces, so each character is its own
 * token; a dictionary segmenter would give nicer chunks but different answers
 * in different browsers). White space is compared as "some white space": a
 * re-flowed text has no differences.
 */

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Largest edit count worked out token by token; beyond it the middle is replaced wholesale. */
const MAX_EDITS = 1000;

const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\s+|[^]/gu;

/** Splits text into diff tokens (concatenating them gives the text back). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const keyOfToken = (t: string): string => (/^\s/.test(t) ? ' ' : t);

/**
 * Differences turning `a` (the captured quote) into `b` (the text found now).
 * `insert` + `equal` pieces concatenate to `b`; `delete` + `equal` pieces
 * give `a` up to white space (equal pieces carry `b`'s spelling, and
 * white-space-only differences are not reported).
 */
export function diffWords(a: string, b: string): DiffOp[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const ka = ta.map(keyOfToken);
  const kb = tb.map(keyOfToken);
  let pre = 0;
  while (pre < ka.length && pre < kb.length && ka[pre] === kb[pre]) pre++;
  let post = 0;
  while (post < ka.length - pre && post < kb.length - pre && ka[ka.length - 1 - post] === kb[kb.length - 1 - post]) post++;

  let ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };

  for (let i = 0; i < pre; i++) push('equal', tb[i] ?? '');
  const midA = ka.slice(pre, ka.length - post);
  const midB = kb.slice(pre, kb.length - post);
  const script = editScript(midA, midB);
  if (script) {
    let x = pre;
    let y = pre;
    for (const step of script) {
      if (step === 'equal') {
        push('equal', tb[y++] ?? '');
        x++;
      }
      else if (step === 'delete') push('delete', ta[x++] ?? '');
      else push('insert', tb[y++] ?? '');
    }
  } else {
    push('delete', ta.slice(pre, ta.length - post).join(''));
    push('insert', tb.slice(pre, tb.length - post).join(''));
  }
  for (let i = tb.length - post; i < tb.length; i++) push('equal', tb[i] ?? '');

  // White space added or dropped on its own is not a change.
  const merged = ops;
  ops = [];
  for (const o of merged) {
    if (o.op !== 'equal' && /^\s+$/.test(o.text)) {
      if (o.op === 'insert') push('equal', o.text);
    } else push(o.op, o.text);
  }
  return ops;
}

type Step = 'equal' | 'insert' | 'delete';

/**
 * Shortest edit script (Myers 1986, O((n + m) · d) time, O(d²) memory), or
 * null when it takes more than MAX_EDITS edits.
 */
function editScript(a: string[], b: string[]): Step[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[off + k - 1] ?? 0) < (v[off + k + 1] ?? 0)) ? (v[off + k + 1] ?? 0) : (v[off + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d] as Int32Array; // v before step d, indices k = -d-1 … d+1
    const at = (k: number): number => before[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    while (x > midX) {
      steps.push('equal');
      x--;
      y--;
    }
    steps.push(down ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push('equal');
    x--;
    y--;
  }
  return steps.reverse();
}
