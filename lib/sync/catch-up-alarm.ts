import type { JourneyLensDB } from '../db/database';
import { allSyncConfigs } from '../db/sync-config';

/**
 * The alarm that wakes the background to catch up shared studies. It exists
 * only while at least one study is shared: set when a study is shared or
 * joined, cleared when the last one leaves, and checked again whenever the
 * background starts (alarms may not survive a browser restart).
 */
export const CATCH_UP_ALARM = 'journey-lens-sync-catch-up';
export const CATCH_UP_PERIOD_MINUTES = 15;

/** The part of `browser.alarms` this uses (a fake in Node tests). */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
}

/** Sets or clears the catch-up alarm to match whether any study is shared; returns whether one is. */
export async function scheduleCatchUp(db: JourneyLensDB, alarms: AlarmsApi): Promise<boolean> {
  const shared = (await allSyncConfigs(db)).length > 0;
  const have = await alarms.get(CATCH_UP_ALARM);
  if (shared && have?.periodInMinutes !== CATCH_UP_PERIOD_MINUTES) {
    await alarms.create(CATCH_UP_ALARM, { delayInMinutes: CATCH_UP_PERIOD_MINUTES, periodInMinutes: CATCH_UP_PERIOD_MINUTES });
  }
  if (!shared && have) await alarms.clear(CATCH_UP_ALARM);
  return shared;
}
