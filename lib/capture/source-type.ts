import type { SourceType } from '../model';
import { hostOf } from './normalize-url';
import type { PageMetadata } from './page-metadata';
import { findKnownSite } from './site-table';

export interface SourceInfo {
  sourceType: SourceType;
  /** The platform's or site's display name: `Trustpilot`, `Acme`. */
  site: string;
}

const SEARCH_PATH = /^\/(search|s)\b|[?&](q|query|wd|keyword)=/i;
const FORUM_HINT = /(^|\.)(forum|forums|community|bbs|discuss|discourse)\.|\/(forum|forums|community|t|thread|threads|topic)\//i;
const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle)$/;
const FORUM_TYPES = /^(DiscussionForumPosting|QAPage|Question)$/;

/** A readable site name from a host: `www.acme.com` → `Acme`. */
export function siteNameFromHost(host: string): string {
  const parts = host.replace(/^www\d?\./, '').split('.');
  const core = parts.length >= 3 && /^(co|com|org|net|gov|edu|ac)$/.test(parts[parts.length - 2]!)
    ? parts[parts.length - 3]!
    : parts.length >= 2
      ? parts[parts.length - 2]!
      : parts[0]!;
  return core ? core.charAt(0).toUpperCase() + core.slice(1) : host;
}

/** Where a page sits: the domain table first, then what the page says about itself. */
export function detectSource(url: string, meta?: PageMetadata): SourceInfo {
  const host = hostOf(url);
  const known = findKnownSite(host);
  if (known) return { sourceType: known.sourceType, site: known.name };
  const site = (meta?.siteName || siteNameFromHost(host)).slice(0, 200);
  const types = meta?.types ?? [];
  let path = '';
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    path = '';
  }
  if (types.some((t) => FORUM_TYPES.test(t)) || FORUM_HINT.test(host + path)) return { sourceType: 'forum', site };
  if (types.some((t) => NEWS_TYPES.test(t))) return { sourceType: 'news', site };
  if (SEARCH_PATH.test(path) && /(^|\.)search\./.test(host)) return { sourceType: 'search', site };
  if (!host) return { sourceType: 'other', site };
  return { sourceType: 'competitor_site', site };
}
