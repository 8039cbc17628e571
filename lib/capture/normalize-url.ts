/**
 * The key a page's clips are stored and found under: the URL without its fragment,
 * tracking parameters, default port, `www.` and trailing slash, with the remaining
 * query parameters sorted. Two visits to the same page give the same key.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'spm', 'scm',
  'share_source', 'share_medium', 'vd_source', 'from_source', 'xsec_source', 'si',
  '_ga', '_gl', 'srsltid', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'trk',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('hmsr') || TRACKING_PARAMS.has(n);
}

export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !isTrackingParam(k))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = kept.length
    ? '?' + kept.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    : '';
  let path = url.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  const port = url.port ? `:${url.port}` : '';
  return `${url.protocol}//${host}${port}${path}${query}`;
}

/** The host name without `www.`, lower case; '' when the URL does not parse. */
export function hostOf(raw: string): string {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
