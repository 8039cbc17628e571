import { describe, expect, it } from 'vitest';
import { WalkSchema, WalkStepSchema, type WalkStep } from '../../../lib/model';
import { pageTypeOf } from '../../../lib/walks/page-type';
import { compareWalks, tasksOf } from '../../../lib/walks/compare-walks';
import { formatDuration } from '../../../lib/walks/walk-summary';
import { walksMarkdown } from '../../../lib/export/walks-markdown';

describe('page types', () => {
  it.each([
    ['https://acme.test/', '', 'home'],
    ['https://acme.test/p/boot-42', 'Trailhead boot', 'product'],
    ['https://acme.test/cart', 'Your bag', 'cart'],
    ['https://shop.example/checkout/shipping', '', 'checkout'],
    ['https://pay.provider.example/session/123', 'Payment', 'payment'],
    ['https://acme.test/order/confirmation?id=9', 'Thank you', 'confirmation'],
    ['https://www.jd.com/cart.html', '购物车', 'cart'],
    ['https://shop.example.tw/order', '訂單已確認', 'confirmation'],
    ['https://veikals.example.lv/grozs', 'Iepirkumu grozs', 'cart'],
    ['https://acme.test/help/returns', 'Help centre', 'help'],
    ['https://acme.test/search?q=boots', '', 'search'],
    ['https://acme.test/about-us', 'About', 'other'],
  ])('%s (%s) → %s', (url, title, type) => {
    expect(pageTypeOf(url, title)).toBe(type);
  });
});

const walk = (id: string, brandId: string, task: string) =>
  WalkSchema.parse({ id, studyId: 's', brandId, stageId: 'amot', task, status: 'stopped', tabId: -1, startedAt: '2026-12-01T10:00:00.000Z', endedAt: null, updatedAt: '2026-12-01T10:00:00.000Z' });
const step = (walkId: string, s: number, action: WalkStep['action'], url: string, extra: Partial<WalkStep> = {}) =>
  WalkStepSchema.parse({ id: `${walkId}-${s}`, walkId, studyId: 's', at: new Date(Date.UTC(2026, 11, 1, 10, 0, s)).toISOString(), action, url, ...extra });

describe('comparing walks of one task', () => {
  const a = walk('a', 'acme', 'Buy as guest');
  const b = walk('b', 'globex', 'buy  as GUEST');
  const c = walk('c', 'acme', 'Find the returns policy');
  const steps: Record<string, WalkStep[]> = {
    a: [step('a', 0, 'page', 'https://acme.test/p/1'), step('a', 10, 'click', 'https://acme.test/p/1'), step('a', 12, 'page', 'https://acme.test/cart'), step('a', 30, 'page', 'https://acme.test/checkout', { friction: true }), step('a', 95, 'page', 'https://acme.test/order/confirmation')],
    b: [step('b', 0, 'page', 'https://globex.test/product/9'), step('b', 20, 'page', 'https://globex.test/checkout'), step('b', 40, 'submit', 'https://globex.test/checkout', { friction: true }), step('b', 41, 'page', 'https://globex.test/checkout')],
    c: [step('c', 0, 'page', 'https://acme.test/help')],
  };
  it('lines the brands up by page type, with totals, and keeps other tasks out', () => {
    const cmp = compareWalks('Buy as guest', [a, b, c], (id) => steps[id]!);
    expect(cmp.walks.map((w) => [w.walk.brandId, w.summary.steps, w.summary.elapsedMs, w.summary.friction])).toEqual([
      ['acme', 5, 95_000, 1],
      ['globex', 4, 41_000, 1],
    ]);
    expect(cmp.rows.map((r) => [r.type, r.cells.map((c) => c && [c.steps, c.friction, c.reachedAfterMs])])).toEqual([
      ['product', [[2, 0, 0], [1, 0, 0]]],
      ['cart', [[1, 0, 12_000], null]],
      ['checkout', [[1, 1, 30_000], [3, 1, 20_000]]],
      ['confirmation', [[1, 0, 95_000], null]],
    ]);
    expect(tasksOf([a, b, c])).toEqual([
      { task: 'Buy as guest', count: 2 },
      { task: 'Find the returns policy', count: 1 },
    ]);
  });

  it('the report section escapes page text and shows every brand side by side', () => {
    const md = walksMarkdown([a, b], (id) => steps[id]!, (id) => (id === 'acme' ? 'Acme *Shoes*' : 'Globex'), {
      heading: 'Walks', task: 'Task', steps: 'Steps', time: 'Time', friction: 'Friction',
      pageType: (t) => t, duration: (ms) => formatDuration(ms),
    });
    expect(md).toContain('## Walks');
    expect(md).toContain('|  | Acme \\*Shoes\\* | Globex |');
    expect(md).toContain('| Steps | 5 | 4 |');
    expect(md).toContain('| Time | 1 min 35 s | 41 s |');
    expect(md).toContain('| cart | 1 | – |');
  });

  it('durations read naturally', () => {
    expect(formatDuration(220_000)).toBe('3 min 40 s');
    expect(formatDuration(45_400)).toBe('45 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });
});
