// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { runAnchoringBenchmark } from '../../fixtures/anchoring/run-benchmark';

describe('anchoring benchmark (test/fixtures/anchoring)', () => {
  it('finds ≥ 97% of surviving passages, places none on the wrong text (twins included), orphans removed ones', () => {
    const r = runAnchoringBenchmark();
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const lines = [
      `anchoring benchmark: ${r.pages} pages, ${r.clips} clips, ${r.variants} variants, ${r.durationMs} ms`,
      `  surviving ${r.surviving}, found ${r.found} (${pct(r.foundRate)}), wrong ${r.wrong}`,
      `  orphans expected ${r.orphansExpected}, correct ${r.orphansCorrect}; changed-flag errors ${r.changedFlagErrors}; baseline failures ${r.baselineFailures}`,
      ...Object.entries(r.byVariant).map(
        ([name, s]) =>
          `  ${name.padEnd(10)} found ${s.found}/${s.surviving}  wrong ${s.wrong}  orphans ${s.orphansCorrect}/${s.orphansExpected}`,
      ),
      ...r.failures.map(
        (f) => `  ✗ ${f.outcome} ${f.page} ${f.variant} #${f.clip} (${f.kind}${f.reason ? `, ${f.reason}` : ''}): ${JSON.stringify(f.quote.slice(0, 70))}${f.detail ? `\n      ${f.detail}` : ''}`,
      ),
    ];
    console.log(lines.join('\n'));

    expect(r.pages).toBeGreaterThanOrEqual(40);
    // The twin pages (twin-set.ts): each edit, anchored with full, position-less and short-context selectors.
    for (const edit of ['twin-inside', 'twin-removed', 'twin-context']) {
      for (const mode of ['', '/quote', '/short', '/short-quote']) expect(r.byVariant[`${edit}${mode}`]?.surviving).toBeGreaterThan(0);
    }
    expect(r.byVariant['twin-removed']?.orphansExpected).toBeGreaterThan(0);
    expect(r.clips).toBeGreaterThanOrEqual(150);
    expect(r.baselineFailures).toBe(0);
    expect(r.wrong).toBe(0);
    expect(r.orphansCorrect).toBe(r.orphansExpected);
    expect(r.foundRate).toBeGreaterThanOrEqual(0.97);
    expect(r.changedFlagErrors).toBe(0);
    // Some 6,000 anchorings: on a loaded 2-core machine that takes longer than the default 30 s.
  }, 180_000);
});
