// @vitest-environment jsdom
import { describe, it, expect, beforeEach } from 'vitest';
import {
  buildTextIndex,
  isSkippedElement,
  offsetToPoint,
  offsetsToRange,
  pointToOffset,
  rangeToOffsets,
} from '../../../lib/anchoring/text-content';

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `<main id="root"><h1>Title</h1><script>var x = "hidden";</script><p>Hello <b>bold</b> world</p><style>p{}</style><noscript>no js</noscript><template><p>tpl</p></template><div data-journey-lens=""><button>Clip</button></div><p>End</p></main>`;
  root = document.getElementById('root') as HTMLElement;
});

describe('buildTextIndex', () => {
  it('concatenates visible text nodes and skips scripts, styles, templates and our UI', () => {
    const index = buildTextIndex(root);
    expect(index.text).toBe('TitleHello bold worldEnd');
    expect(index.nodes.map((n) => n.data)).toEqual(['Title', 'Hello ', 'bold', ' world', 'End']);
    expect(index.starts).toEqual([0, 5, 11, 15, 21, 24]);
  });

  it('works on a text node root and an empty root', () => {
    const t = document.createTextNode('solo');
    root.append(t);
    expect(buildTextIndex(t).text).toBe('solo');
    const empty = document.createElement('div');
    expect(buildTextIndex(empty)).toEqual({ text: '', nodes: [], starts: [0] });
  });

  it('knows which elements are skipped', () => {
    expect(isSkippedElement(document.createElement('script'))).toBe(true);
    expect(isSkippedElement(document.createElement('p'))).toBe(false);
    const host = document.createElement('journey-lens-ui');
    host.setAttribute('data-journey-lens', '');
    expect(isSkippedElement(host)).toBe(true);
  });
});

describe('offset mapping', () => {
  it('maps text-node points both ways', () => {
    const index = buildTextIndex(root);
    const bold = index.nodes[2]!;
    expect(pointToOffset(index, bold, 2)).toBe(13);
    expect(offsetToPoint(index, 13, 'forward')).toEqual({ node: bold, offset: 2 });
  });

  it('resolves node boundaries by affinity', () => {
    const index = buildTextIndex(root);
    // Offset 11 is both the end of "Hello " and the start of "bold".
    expect(offsetToPoint(index, 11, 'forward')).toEqual({ node: index.nodes[2], offset: 0 });
    expect(offsetToPoint(index, 11, 'backward')).toEqual({ node: index.nodes[1], offset: 6 });
    expect(offsetToPoint(index, 0, 'backward')).toEqual({ node: index.nodes[0], offset: 0 });
    expect(offsetToPoint(index, 24, 'forward')).toEqual({ node: index.nodes[4], offset: 3 });
    expect(offsetToPoint(index, 99, 'forward')).toEqual({ node: index.nodes[4], offset: 3 });
  });

  it('maps element-level and skipped-content points to the next counted text', () => {
    const index = buildTextIndex(root);
    const p = root.querySelector('p')!;
    expect(pointToOffset(index, p, 0)).toBe(5);
    expect(pointToOffset(index, p, p.childNodes.length)).toBe(21);
    expect(pointToOffset(index, root, 0)).toBe(0);
    expect(pointToOffset(index, root, root.childNodes.length)).toBe(24);
    const scriptText = root.querySelector('script')!.firstChild!;
    expect(pointToOffset(index, scriptText, 3)).toBe(5);
    const button = root.querySelector('button')!.firstChild!;
    expect(pointToOffset(index, button, 2)).toBe(21);
  });

  it('clamps points outside the root', () => {
    const before = document.createElement('p');
    before.textContent = 'outside';
    document.body.prepend(before);
    const after = document.createElement('p');
    after.textContent = 'outside too';
    document.body.append(after);
    const index = buildTextIndex(root);
    expect(pointToOffset(index, before.firstChild!, 3)).toBe(0);
    expect(pointToOffset(index, after.firstChild!, 3)).toBe(24);
  });

  it('round-trips ranges', () => {
    const index = buildTextIndex(root);
    for (const [s, e] of [
      [0, 5],
      [5, 21],
      [7, 13],
      [11, 15],
      [20, 24],
      [3, 3],
    ] as const) {
      const range = offsetsToRange(index, s, e);
      expect(rangeToOffsets(index, range)).toEqual({ start: s, end: e });
      // (Range#toString would also include the skipped script/style text in between.)
      if (e <= 21) expect(range.toString()).toBe(index.text.slice(s, e));
    }
  });

  it('refuses to build a range without text', () => {
    const index = buildTextIndex(document.createElement('div'));
    expect(() => offsetsToRange(index, 0, 0)).toThrow();
  });
});
