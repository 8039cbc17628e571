import type { Framework } from '../framework';

const t = (en: string, zh_CN = en, zh_TW = zh_CN) => ({ en, zh_CN, zh_TW });

// PLACEHOLDER CONTENT — replaced by the full trilingual framework text.
export const B2B_JOURNEY: Framework = {
  id: 'b2b-journey',
  builtin: true,
  name: t('B2B buyer journey'),
  description: t('B2B buyer journey'),
  updatedAt: '2026-11-22T00:00:00.000Z',
  stages: [
    { id: 'awareness', short: t('Awareness', '意识', '意識'), name: t('Awareness'), description: t('Awareness'), lookFor: [], color: '#8b5cf6' },
    { id: 'consideration', short: t('Consideration', '考虑', '考慮'), name: t('Consideration'), description: t('Consideration'), lookFor: [], color: '#3b82f6' },
    { id: 'decision', short: t('Decision', '决策', '決策'), name: t('Decision'), description: t('Decision'), lookFor: [], color: '#10b981' },
    { id: 'delivery', short: t('Delivery', '交付', '交付'), name: t('Delivery'), description: t('Delivery'), lookFor: [], color: '#f59e0b' },
    { id: 'use', short: t('Use', '使用', '使用'), name: t('Use'), description: t('Use'), lookFor: [], color: '#ef4444' },
    { id: 'loyalty', short: t('Loyalty', '忠诚', '忠誠'), name: t('Loyalty'), description: t('Loyalty'), lookFor: [], color: '#ec4899' },
  ],
};
