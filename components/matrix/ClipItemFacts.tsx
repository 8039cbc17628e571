import { i18n } from '#i18n';
import type { Clip } from '@/lib/model';

/** Only http(s) links are ever made clickable. */
const webHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

/**
 * The review, post, comment or listing a clip was taken from: its author,
 * date, own rating and permalink (and on listings product, price, seller).
 * Page text is shown as text only.
 */
export function ClipItemFacts({ clip }: { clip: Clip }) {
  const item = clip.item;
  if (!item) return null;
  const from =
    item.kind === 'review' ? i18n.t('itemFromReview') : item.kind === 'comment' ? i18n.t('itemFromComment') : item.kind === 'listing' ? i18n.t('itemFromListing') : i18n.t('itemFromPost');
  const href = webHref(item.permalink);
  return (
    <p class="clip-item-facts muted">
      <span>{from}</span>
      {item.rating !== null && (
        <>
          {' · '}
          <span class="clip-item-rating" aria-label={i18n.t('itemRatingOf', [String(item.rating)])}>★{item.rating}</span>
        </>
      )}
      {item.author && <> · <span class="clip-item-author">{item.author}</span></>}
      {item.publishedAt && (
        <> · <time class="clip-item-date" dateTime={item.publishedAt}>{item.publishedAt.slice(0, 10)}</time></>
      )}
      {item.product && <> · {item.product}</>}
      {item.price !== null && <> · {item.price}{item.currency ? ` ${item.currency}` : ''}</>}
      {item.seller && <> · {item.seller}</>}
      {href && (
        <>
          {' · '}
          <a class="clip-item-permalink" href={href} target="_blank" rel="noopener noreferrer">
            {i18n.t('itemPermalink')}
          </a>
        </>
      )}
    </p>
  );
}
