import { cpus, loadavg } from 'node:os';

/**
 * How much slower than an idle machine this run may be: the one-minute load
 * average per core (at least 1, at most 4), or JL_TIME_SCALE when set. Wait
 * budgets multiply by it, so a busy 2-core machine gets more time while an
 * idle one still fails fast. Tests wait on conditions; this is only their bound.
 */
export const TIME_SCALE = Number(process.env.JL_TIME_SCALE) || Math.min(4, Math.max(1, loadavg()[0]! / Math.max(1, cpus().length)));

/** `ms` scaled to the machine's load. */
export function budget(ms: number): number {
  return Math.round(ms * TIME_SCALE);
}
