import { describe, expect, it } from 'vitest';
import { e2eWorkers } from '../../../vitest.e2e.config';

describe('how many real-browser files run at once', () => {
  it('one on a 2-core machine, or a busy one; half the cores on an idle machine with 4 or more', () => {
    expect(e2eWorkers({}, 2, 0)).toBe(1);
    expect(e2eWorkers({}, 4, 0.5)).toBe(2);
    expect(e2eWorkers({}, 8, 1)).toBe(4);
    expect(e2eWorkers({}, 8, 6)).toBe(1);
    expect(e2eWorkers({}, 3, 0)).toBe(1);
  });

  it('JL_E2E_WORKERS overrides; the bench and the docs screenshot always run alone', () => {
    expect(e2eWorkers({ JL_E2E_WORKERS: '3' }, 2, 9)).toBe(3);
    expect(e2eWorkers({ JL_E2E_WORKERS: '0' }, 2, 0)).toBe(1);
    expect(e2eWorkers({ JL_E2E_WORKERS: 'many' }, 8, 0)).toBe(4);
    expect(e2eWorkers({ JL_E2E_WORKERS: '4', JL_BENCH: '1' }, 8, 0)).toBe(1);
    expect(e2eWorkers({ JL_DOCS: '1' }, 16, 0)).toBe(1);
  });
});
