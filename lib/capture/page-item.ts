import { asArray, bylineName, isObj, jsonLdNodes, nameOf, num, typesOf, type Json } from './page-metadata';
import { PageItemSchema, type PageItem } from './page-item-schema';
import { normaliseRating, parseItemDate, priceFromText, ratingFromClass, ratingFromText } from './item-values';

/**
 * The review, post, comment or listing a selection lies in. Structured data
 * first (microdata, RDFa, JSON-LD `Review` — inside `@graph` too — matched to
 * the selected text), then the markup of the platforms researchers clip from,
 * then the nearest article / `[itemprop=review]` with its heading and `<time>`.
 * Runs in the on-demand clip-form script (never in the always-on one).
 */

type Kind = PageItem['kind'];

/** Containers, most specific first: structured data, then platform markup, then generic. */
const CONTAINERS: [string, Kind][] = [
  ['[itemtype*="schema.org/Review" i], [itemprop="review"], [typeof~="Review"], [typeof~="schema:Review"], [property="review"]', 'review'],
  ['[itemtype*="schema.org/Comment" i], [itemtype*="schema.org/Answer" i], [itemprop="comment"], [typeof~="Comment"]', 'comment'],
  ['[itemtype*="DiscussionForumPosting" i], [itemtype*="SocialMediaPosting" i], [typeof~="DiscussionForumPosting"]', 'post'],
  // Platforms: Amazon, Trustpilot, Yelp, Tripadvisor, Google Maps, G2, Capterra, Booking, 大众点评, 京东, 天猫/淘宝, 豆瓣, 携程, momo, shopee
  [
    '[data-hook="review"], [data-service-review-card-paper], article[data-review-id], [data-review-id], [data-automation="reviewCard"], [data-test-target="HR_CC_CARD"], .review-container, [data-testid="review-card"], [data-testid="review"], .review-item, .reviews-items > ul > li, .comment-item, .rate-grid tr, .review-list > li, .main-review, .comment_item, .review-card, .c-review-card, .review_list_new_item_block, [data-testid="review-card-body"], li[class*="review" i], div[class*="review-item" i], div[class*="reviewItem"], div[class*="ReviewCard"], [class*="customer-review" i], section[aria-label*="review" i] li, ul[class*="review" i] > li, ol[class*="review" i] > li',
    'review',
  ],
  // Comments: YouTube, Reddit, Bilibili, Weibo, Zhihu, PTT, Dcard, 抖音, Hacker News, Disqus
  [
    'ytd-comment-thread-renderer, ytd-comment-renderer, shreddit-comment, .reply-item, .list-item.reply-wrap, .card-comment, .CommentItemV2, .CommentContent, .push, [data-e2e="comment-item"], .comment-item-wrap, tr.athing.comtr, .comment, li[class*="comment" i], div[class*="comment-item" i], div[class*="CommentItem"], [data-comment-id], [id^="comment-"]',
    'comment',
  ],
  // Posts: Reddit, X, Facebook, Weibo, Zhihu answers, Xiaohongshu notes, forums (Discourse, phpBB, vBulletin, Discuz, XenForo), PTT main content
  [
    'shreddit-post, article[data-testid="tweet"], [role="article"], .Feed_body, .card-wrap, .woo-panel-main, .AnswerItem, .ContentItem, .note-container, #noteContainer, .topic-post, article[data-post-id], .postbody, .post, .message, .postMessage, .plhin, .bbs-content, #main-content, [data-post-id], [id^="post-"], [id^="post_"]',
    'post',
  ],
  // Listings: Amazon, JD, Taobao, eBay, Etsy, 220.lv, momo, shopee, generic product cards
  [
    '[itemtype*="schema.org/Product" i], [typeof~="Product"], [data-component-type="s-search-result"], [data-asin]:not([data-asin=""]), .gl-item, .s-item, .item.J_MouserOnverReq, [data-listing-id], .product-item, .product-card, [class*="product-card" i], [class*="ProductCard"], li[class*="goods" i]',
    'listing',
  ],
  ['article, [class~="review"], [class~="post"]', 'post'],
];

const AUTHOR =
  '[itemprop="author"] [itemprop="name"], [itemprop="author"], [property~="author"], [rel="author"], .a-profile-name, [data-consumer-name-typography], [data-testid*="author" i], [data-testid="User-Name"] a, #author-text, .d4r55, .bui-avatar-block__title, .user-name, .username, .userName, .user_name, .nickname, .nick-name, .name, [class*="author" i] a, [class*="author" i], [class*="user-name" i], [class*="username" i], [class*="userName"], [class*="nickname" i], [class*="reviewer" i], [class*="__user" i], .push-userid, .hnuser, a[href*="/user"], a[href*="/people/"], a[href*="/profile" i], a[href*="/u/"], a[href*="/in/"], a[href*="/member/"], [class*="user-info" i], [class*="userinfo" i], h2 a strong, h3 a strong, strong a, a strong, [class*="name" i]';
const DATE =
  '[itemprop="datePublished"], [itemprop="dateCreated"], [property~="datePublished"], [property~="schema:datePublished"], time[datetime], time, [data-hook="review-date"], [data-service-review-date-of-experience-typography], .push-ipdatetime, [class*="date" i], [class*="time" i]';
const RATING =
  '[itemprop="reviewRating"], [itemprop="ratingValue"], [property~="reviewRating"], [property~="ratingValue"], [data-service-review-rating], [data-hook="review-star-rating"], [data-hook="cmps-review-star-rating"], [data-rating], [data-score], [role="img"][aria-label], [aria-label*="star" i], [aria-label*="bubble" i], [aria-label*="score" i], [aria-label*="out of" i], [aria-label*="星"], [title*="star" i], [title*="bubble" i], img[alt*="star" i], [data-testid*="score" i], [data-testid*="rating" i], [class*="star" i], [class*="rating" i], [class*="rank" i], [class*="score" i], svg';
const PERMALINK =
  '[itemprop="url"], a[rel="bookmark"], a[data-testid="review-title"], a[data-hook="review-title"], a[href*="customer-reviews"], a[href*="ShowUserReviews"], a[href*="survey_response"], a[href*="/review/"], a[href*="/reviews/"], a[href*="/comments/"], a[href*="/status/"], a[href*="/answer/"], a[href*="/p/"], a[href*="/posts/"], a[href*="item?id="], a[href*="lc="], a[href*="#comment"], a[href*="#review"], a[href*="#post"]';

function elementOf(node: Node | null | undefined): Element | null {
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function findContainer(start: Element): { el: Element; kind: Kind } | null {
  for (const [sel, kind] of CONTAINERS) {
    let found: Element | null;
    try {
      found = start.closest(sel);
    } catch {
      found = null;
    }
    if (found && found.localName !== 'body' && found.localName !== 'html' && found.localName !== 'main') return { el: found, kind };
  }
  return null;
}

const text = (el: Element | null | undefined, max = 300): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** Items that can sit inside another (a reply in a comment, a review on a product). */
const NESTED =
  '[itemtype*="Review" i], [itemtype*="Comment" i], [itemtype*="Posting" i], [itemtype*="Answer" i], [itemprop="review"], [itemprop="comment"], shreddit-comment, ytd-comment-thread-renderer, ytd-comment-renderer, [data-hook="review"], [data-review-id], [data-comment-id], .comment-item, .reply-item, .review-item, tr.athing, [data-e2e="comment-item"]';

/**
 * Matches inside `root`, in the order the selectors are listed (the first
 * selector is the most telling), leaving out those of an item nested in it.
 */
function own(root: Element, sel: string, limit = 30): Element[] {
  const out: Element[] = [];
  for (const one of sel.split(/,\s*(?![^[]*\])/)) {
    let all: Element[];
    try {
      all = Array.from(root.querySelectorAll(one));
    } catch {
      continue;
    }
    for (const el of all) {
      if (out.length >= limit) return out;
      if (out.includes(el)) continue;
      const inner = el.parentElement?.closest(NESTED);
      if (inner && inner !== root && root.contains(inner)) continue;
      out.push(el);
    }
  }
  return out;
}

/** The text of a name element: its first child's when it holds several ("Marta K." + job title). */
function nameText(el: Element): string {
  if (el.childElementCount > 1) {
    for (const child of Array.from(el.children)) {
      const t = text(child, 200);
      if (t) return t;
    }
  }
  return text(el, 200);
}

function authorIn(root: Element): string {
  for (const attr of ['author', 'data-author', 'data-username', 'data-author-name']) {
    const v = root.getAttribute(attr);
    if (v && bylineName(v)) return bylineName(v);
  }
  const zop = root.getAttribute('data-zop');
  if (zop) {
    try {
      const z = JSON.parse(zop) as Json;
      if (typeof z.authorName === 'string' && z.authorName) return z.authorName.slice(0, 200);
    } catch {
      // not JSON
    }
  }
  for (const tag of own(root, '.article-meta-tag, dt, th', 10)) {
    if (/^(作者|author|autors)$/i.test(text(tag, 20))) {
      const v = bylineName(text(tag.nextElementSibling, 120).replace(/\s*[（(].*[)）]\s*$/, ''));
      if (v) return v;
    }
  }
  for (const el of own(root, AUTHOR)) {
    const v = el.getAttribute('content') || nameText(el);
    const name = bylineName(v.replace(/^@/, '').replace(/\s*(says|wrote|写道|說)\s*:?$/i, ''));
    if (name && name.length <= 60 && !/^\d/.test(name) && !/(\d+\s*(reviews?|contributions?|条|則))/i.test(name)) return name;
  }
  return '';
}

function dateIn(root: Element): string {
  for (const attr of ['created-timestamp', 'created', 'data-time', 'data-timestamp', 'data-utime', 'data-date', 'datetime']) {
    const v = parseItemDate(root.getAttribute(attr));
    if (v) return v;
  }
  for (const tag of own(root, '.article-meta-tag, dt, th', 10)) {
    if (/^(時間|时间|date|datums|posted)$/i.test(text(tag, 20))) {
      const v = parseItemDate(text(tag.nextElementSibling, 120));
      if (v) return v;
    }
  }
  for (const el of own(root, DATE)) {
    const v = parseItemDate(el.getAttribute('datetime') || el.getAttribute('content') || el.getAttribute('title') || text(el, 120));
    if (v) return v;
  }
  // Unknown markup: a short element whose text (or title) is a full date.
  for (const el of own(root, 'span, div, p, small, li, td, a', 80)) {
    if (el.childElementCount > 1) continue;
    const t = el.getAttribute('title') || text(el, 60);
    if (t.length > 50) continue;
    const v = parseItemDate(t);
    if (v.length >= 10) return v;
  }
  return '';
}

/** Five (or ten) star icons side by side, some of them filled: their count is the rating. */
function countedStars(root: Element): number | null {
  for (const box of own(root, '[class*="star" i], [class*="rating" i]', 12)) {
    const kids = Array.from(box.children);
    if (kids.length !== 5 && kids.length !== 10) continue;
    const cls = (e: Element) => e.getAttribute('class') ?? '';
    if (!kids.every((k) => /star|rating|icon/i.test(cls(k)))) continue;
    const on = kids.filter((k) => /(active|full|filled|checked|selected)(\b|$)|(^|[-_\s])on(\b|$)/i.test(cls(k)) && !/(inactive|empty|off)(\b|$)/i.test(cls(k))).length;
    if (on > 0) return normaliseRating(on, kids.length);
  }
  return null;
}

function ratingIn(root: Element): number | null {
  for (const attr of ['data-rating', 'data-score', 'rating', 'data-service-review-rating']) {
    const v = root.getAttribute(attr);
    if (v && /^\d+(\.\d+)?$/.test(v.trim())) return normaliseRating(Number(v), null);
  }
  for (const el of own(root, RATING)) {
    // Microdata (itemprop) or RDFa (property, possibly prefixed `schema:`).
    const prop = (el.getAttribute('itemprop') ?? el.getAttribute('property') ?? '').replace(/^schema:/, '');
    if (prop === 'reviewRating' || prop === 'ratingValue') {
      const at = (name: string) => `[itemprop="${name}"], [property~="${name}"], [property~="schema:${name}"]`;
      const valueEl = prop === 'ratingValue' ? el : el.querySelector(at('ratingValue'));
      const scope = prop === 'ratingValue' ? el.parentElement : el;
      const read = (e: Element | null | undefined) => (e ? num(e.getAttribute('content') ?? text(e, 20)) : null);
      const value = read(valueEl);
      if (value !== null) {
        const r = normaliseRating(value, read(scope?.querySelector(at('bestRating'))), read(scope?.querySelector(at('worstRating'))));
        if (r !== null) return r;
      }
    }
    for (const attr of ['data-service-review-rating', 'data-rating', 'data-score']) {
      const v = el.getAttribute(attr);
      if (v && /^\d+(\.\d+)?$/.test(v.trim())) {
        const r = normaliseRating(Number(v), null);
        if (r !== null) return r;
      }
    }
    const label = el.getAttribute('aria-label') || el.getAttribute('title') || el.getAttribute('alt') || '';
    const fromLabel = ratingFromText(label);
    if (fromLabel !== null) return fromLabel;
    const fromClass = ratingFromClass(el.getAttribute('class'));
    if (fromClass !== null) return fromClass;
    const svgTitle = el.querySelector('title');
    const fromSvg = ratingFromText(svgTitle?.textContent);
    if (fromSvg !== null) return fromSvg;
    const t = text(el, 80);
    if (t.length <= 60 && /star|stern|星|out of|von|\d\s*\/\s*\d/i.test(t)) {
      const fromText = ratingFromText(t);
      if (fromText !== null) return fromText;
    }
  }
  return countedStars(root);
}

function resolve(href: string | null | undefined, base: string): string {
  if (!href || /^\s*javascript:/i.test(href)) return '';
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href.slice(0, 8192) : '';
  } catch {
    return '';
  }
}

const samePage = (a: string, b: string) => !a.includes('#') && a.replace(/#.*$/, '').replace(/\/$/, '') === b.replace(/#.*$/, '').replace(/\/$/, '');

function permalinkIn(root: Element, url: string): string {
  for (const attr of ['permalink', 'data-permalink', 'data-href', 'data-url']) {
    const v = resolve(root.getAttribute(attr), url);
    if (v) return v;
  }
  const candidates = [...own(root, PERMALINK, 10)];
  for (const t of own(root, 'time', 3)) {
    const a = t.closest('a');
    if (a && root.contains(a)) candidates.unshift(a);
  }
  for (const el of candidates) {
    const v = resolve(el.getAttribute('href') || el.getAttribute('content'), url);
    if (v && !samePage(v, url) && !/\/(user|users|profile|people|u)\//i.test(v)) return v;
  }
  const id = root.getAttribute('id');
  return id ? `${url.replace(/#.*$/, '')}#${encodeURIComponent(id)}` : '';
}

function listingIn(root: Element, item: PageItem): void {
  const prop = (name: string) => root.querySelector(`[itemprop="${name}"]`);
  const nameEl = prop('name') ?? root.querySelector('h2 a, h3 a, h2, h3, h4, [class*="title" i], [class*="name" i] a, a[title]');
  item.product ||= (nameEl?.getAttribute('content') || nameEl?.getAttribute('title') || text(nameEl, 300)).slice(0, 300);
  const priceEl = prop('price') ?? root.querySelector('.a-price .a-offscreen, [class*="price" i], [data-price]');
  if (priceEl) {
    const raw = priceEl.getAttribute('content') || priceEl.getAttribute('data-price') || text(priceEl, 60);
    const parsed = priceFromText(raw);
    item.price ??= parsed.price;
    const cur = prop('priceCurrency');
    item.currency ||= (cur?.getAttribute('content') || text(cur, 8) || parsed.currency || priceFromText(text(priceEl, 60)).currency).slice(0, 8);
  }
  const sellerEl = root.querySelector('[itemprop="seller"] [itemprop="name"], [itemprop="seller"], [class*="shop" i], [class*="seller" i], [class*="store" i]');
  item.seller ||= text(sellerEl, 200);
  const brandEl = prop('brand');
  item.about ||= (brandEl?.getAttribute('content') || text(brandEl?.querySelector('[itemprop="name"]') ?? brandEl, 300));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Unknown markup: the nearest ancestor (a few levels up) that carries a date — a post with its time. */
function datedAncestor(start: Element): { el: Element; kind: Kind } | null {
  let el: Element | null = start;
  for (let i = 0; el && i < 8; i++, el = el.parentElement) {
    if (/^(body|html|main)$/.test(el.localName)) return null;
    if ((el.textContent ?? '').length > 4000) return null;
    if (dateIn(el)) return { el, kind: ratingIn(el) !== null ? 'review' : 'post' };
  }
  return null;
}

/** JSON-LD items that carry their own text: reviews, comments, posts, answers (nested ones too). */
function ldItems(nodes: Json[]): { node: Json; kind: Kind; about: string }[] {
  const out: { node: Json; kind: Kind; about: string }[] = [];
  const visit = (n: Json, about: string, depth: number) => {
    if (depth > 4 || out.length > 300) return;
    const ts = typesOf(n);
    const kind: Kind | null = ts.includes('Review') ? 'review' : ts.some((t) => /^(Comment|Answer)$/.test(t)) ? 'comment' : ts.some((t) => /Posting$/.test(t)) ? 'post' : null;
    const here = kind === 'review' ? nameOf(asArray(n.itemReviewed)[0]) || about : about;
    if (kind) out.push({ node: n, kind, about: here });
    const ownName = ts.some((t) => /Product|Business|Organization|Hotel|Restaurant|Place|Application/.test(t)) ? nameOf(n) : here;
    for (const key of ['review', 'reviews', 'comment', 'suggestedAnswer', 'acceptedAnswer', 'mainEntity']) {
      for (const child of asArray(n[key])) if (isObj(child)) visit(child, ownName, depth + 1);
    }
  };
  nodes.forEach((n) => visit(n, '', 0));
  return out;
}

const bodyOf = (n: Json) => [n.reviewBody, n.text, n.articleBody, n.description].find((v): v is string => typeof v === 'string') ?? '';

function fromLd(item: PageItem, n: Json, about: string, url: string): void {
  item.author ||= bylineName(nameOf(n.author));
  item.publishedAt ||= parseItemDate(typeof n.datePublished === 'string' ? n.datePublished : typeof n.dateCreated === 'string' ? n.dateCreated : '');
  if (item.rating === null) {
    const r = asArray(n.reviewRating).find(isObj);
    if (r) item.rating = normaliseRating(num(r.ratingValue), num(r.bestRating), num(r.worstRating));
  }
  if (!item.permalink) {
    const link = resolve(typeof n.url === 'string' ? n.url : typeof n['@id'] === 'string' && /^https?:/.test(n['@id']) ? n['@id'] : '', url);
    if (link && !samePage(link, url)) item.permalink = link;
  }
  item.about ||= about;
}

/** The page's own product listing (a product page), from JSON-LD. */
function pageListing(nodes: Json[]): Partial<PageItem> | null {
  for (const n of nodes) {
    if (!typesOf(n).some((t) => /^(Product|ProductGroup|IndividualProduct|Car|Vehicle)$/.test(t))) continue;
    const offers = asArray(n.offers).flatMap((o) => (isObj(o) && o.offers ? [o, ...asArray(o.offers)] : [o])).filter(isObj);
    if (!offers.length) continue;
    const o = offers[0]!;
    return {
      product: nameOf(n).slice(0, 300),
      price: num(o.price) ?? num(o.lowPrice),
      currency: typeof o.priceCurrency === 'string' ? o.priceCurrency.slice(0, 8) : '',
      seller: (nameOf(o.seller) || nameOf(o.offeredBy)).slice(0, 200),
      about: (nameOf(n.brand) || nameOf(n.manufacturer)).slice(0, 300),
    };
  }
  return null;
}

/**
 * The item around `node` (the selection's start), or null when the selection
 * lies in none. `selection` is the selected text, used to match JSON-LD items.
 */
export function readPageItem(doc: Document, url: string, node: Node | null | undefined, selection = ''): PageItem | null {
  const start = elementOf(node);
  const nodes = jsonLdNodes(doc);
  let found = start ? findContainer(start) : null;
  if (!found && start) found = datedAncestor(start);
  // A container with no author or date of its own (a post's text block) gives way to the one around it.
  for (let i = 0; found && i < 3 && !authorIn(found.el) && !dateIn(found.el); i++) {
    const outer = found.el.parentElement ? findContainer(found.el.parentElement) : null;
    if (!outer) break;
    found = outer;
  }
  const item: PageItem = PageItemSchema.parse({ kind: found?.kind ?? 'post' });
  if (found) {
    const root = found.el;
    item.author = authorIn(root);
    item.publishedAt = dateIn(root);
    item.rating = found.kind === 'review' || found.kind === 'comment' || found.kind === 'post' ? ratingIn(root) : null;
    item.permalink = permalinkIn(root, url);
    item.text = text(root, 3000);
    const reviewed = root.querySelector('[itemprop="itemReviewed"] [itemprop="name"], [itemprop="itemReviewed"]');
    item.about = text(reviewed, 300);
    if (found.kind === 'listing') listingIn(root, item);
  }
  // JSON-LD: the item whose text holds the selection (or whose text the container holds).
  const sel = squash(selection).slice(0, 200);
  const containerText = squash(item.text);
  const candidates = ldItems(nodes);
  // The selection inside an item's text, else the one item (not a list of them) whose text the container holds.
  const bySelection = sel.length >= 8 ? candidates.find(({ node: n }) => squash(bodyOf(n)).includes(sel)) : undefined;
  const inContainer =
    found && found.kind !== 'listing' && containerText
      ? candidates.filter(({ node: n }) => {
          const body = squash(bodyOf(n));
          return body.length >= 8 && containerText.includes(body.slice(0, 60));
        })
      : [];
  const match =
    bySelection ??
    (inContainer.length === 1 ? inContainer[0] : undefined) ??
    (!found && candidates.length === 1 && candidates[0]!.kind !== 'comment' ? candidates[0] : undefined);
  if (match) {
    if (!found) item.kind = match.kind;
    fromLd(item, match.node, match.about, url);
  }
  if (!found && !match) {
    const listing = pageListing(nodes);
    if (!listing) return null;
    Object.assign(item, { kind: 'listing' }, listing);
  }
  if (item.kind === 'listing' && !item.product && !item.price) return null;
  if (item.kind !== 'listing' && !item.author && !item.publishedAt && item.rating === null && !item.permalink) return null;
  // Page text is unbounded: cut every field to what the schema keeps.
  const cut = (v: string, max: number) => v.replace(/\s+/g, ' ').trim().slice(0, max);
  return PageItemSchema.parse({
    ...item,
    author: cut(item.author, 200),
    publishedAt: cut(item.publishedAt, 64),
    permalink: item.permalink.length <= 8192 ? item.permalink : '',
    product: cut(item.product, 300),
    currency: cut(item.currency, 8),
    seller: cut(item.seller, 200),
    about: cut(item.about, 300),
    text: cut(item.text, 3000),
    price: item.price !== null && Number.isFinite(item.price) ? item.price : null,
  });
}
