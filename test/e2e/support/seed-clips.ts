import type { Page } from 'playwright-core';

export interface SeedClip {
  id: string;
  brand: string;
  stage: string;
  quote?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
  score?: number;
  sourceType?: string;
  tags?: string[];
  /** ISO time; default 2026-11-02T10:00:00Z. */
  at?: string;
  url?: string;
}

/**
 * Saves clips through the background's real `clip/save` message, from an extension page
 * (as the clip form does), into the active study; batches of 40 at a time.
 */
export async function seedClips(from: Page, clips: SeedClip[]): Promise<void> {
  for (let i = 0; i < clips.length; i += 40) {
    const results = await Promise.all(
      clips.slice(i, i + 40).map((c) =>
        from.evaluate(async (c) => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: unknown }> } } }).chrome;
          return api.runtime.sendMessage({
            type: 'clip/save',
            draft: {
              id: c.id, stageId: c.stage, brandName: c.brand, kind: 'selection', url: c.url ?? `https://example.test/${c.id}`,
              sourceType: c.sourceType ?? 'competitor_site', quote: c.quote ?? `Evidence ${c.id}`, sentiment: c.sentiment ?? null,
              score: c.score ?? null, tags: c.tags ?? [], capturedAt: c.at ?? '2026-11-02T10:00:00.000Z',
            },
          });
        }, c),
      ),
    );
    const failed = results.find((r) => !r?.ok);
    if (failed) throw new Error(`clip/save failed: ${JSON.stringify(failed)}`);
  }
}

export const MOT_STAGES = ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'] as const;
export const MOT_LABELS = ['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT'] as const;
