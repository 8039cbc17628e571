import type { Framework } from '../framework';

const t = (en: string, zh_CN = en, zh_TW = zh_CN) => ({ en, zh_CN, zh_TW });

// PLACEHOLDER CONTENT — replaced by the full trilingual framework text.
export const MOMENTS_OF_TRUTH: Framework = {
  id: 'moments-of-truth',
  builtin: true,
  name: t('Moments of Truth', '关键时刻', '關鍵時刻'),
  description: t('Moments of Truth'),
  updatedAt: '2026-11-22T00:00:00.000Z',
  stages: [
    { id: 'lzmot', short: t('<ZMOT'), name: t('Less-than-Zero MOT'), description: t('Need'), lookFor: [], color: '#8b5cf6' },
    { id: 'zmot', short: t('ZMOT'), name: t('Zero MOT'), description: t('Research'), lookFor: [], color: '#3b82f6' },
    { id: 'fmot', short: t('FMOT'), name: t('First MOT'), description: t('First encounter'), lookFor: [], color: '#10b981' },
    { id: 'amot', short: t('AMOT'), name: t('Actual MOT'), description: t('Purchase to receipt'), lookFor: [], color: '#f59e0b' },
    { id: 'smot', short: t('SMOT'), name: t('Second MOT'), description: t('Use'), lookFor: [], color: '#ef4444' },
    { id: 'tmot', short: t('TMOT'), name: t('Third / Ultimate MOT'), description: t('Share'), lookFor: [], color: '#ec4899' },
  ],
};
