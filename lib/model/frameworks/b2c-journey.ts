import type { Framework } from '../framework';

const t = (en: string, zh_CN = en, zh_TW = zh_CN) => ({ en, zh_CN, zh_TW });

// PLACEHOLDER CONTENT — replaced by the full trilingual framework text.
export const B2C_JOURNEY: Framework = {
  id: 'b2c-journey',
  builtin: true,
  name: t('B2C consumer journey'),
  description: t('B2C consumer journey'),
  updatedAt: '2026-11-22T00:00:00.000Z',
  stages: [
    { id: 'awareness', short: t('Awareness', '知晓', '知曉'), name: t('Awareness'), description: t('Awareness'), lookFor: [], color: '#8b5cf6' },
    { id: 'search', short: t('Search', '搜索', '搜尋'), name: t('Search'), description: t('Search'), lookFor: [], color: '#3b82f6' },
    { id: 'explore', short: t('Explore', '探查', '探查'), name: t('Explore'), description: t('Explore'), lookFor: [], color: '#10b981' },
    { id: 'compare', short: t('Compare', '比较', '比較'), name: t('Compare'), description: t('Compare'), lookFor: [], color: '#f59e0b' },
    { id: 'purchase', short: t('Purchase', '购买', '購買'), name: t('Purchase'), description: t('Purchase'), lookFor: [], color: '#ef4444' },
  ],
};
