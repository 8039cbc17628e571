import { i18n } from '#i18n';
import type { ClipItem } from '@/lib/model/clip-item';

/** "from the review: ★2 · Dana · 2026-10-01": the item the selection lies in, as text only. */
export function ItemFacts({ item, id }: { item: ClipItem; id?: string }) {
  const from =
    item.kind === 'review' ? i18n.t('itemFromReview') : item.kind === 'comment' ? i18n.t('itemFromComment') : item.kind === 'listing' ? i18n.t('itemFromListing') : i18n.t('itemFromPost');
  const parts: string[] = [];
  if (item.rating !== null) parts.push(`★${item.rating}`);
  if (item.author) parts.push(item.author);
  if (item.publishedAt) parts.push(item.publishedAt.slice(0, 10));
  if (item.product) parts.push(item.product);
  if (item.price !== null) parts.push(`${item.price}${item.currency ? ' ' + item.currency : ''}`);
  if (item.seller) parts.push(item.seller);
  if (!parts.length) return null;
  return (
    <p class="jl-hint jl-item" id={id}>
      {from}: {parts.join(' · ')}
    </p>
  );
}
