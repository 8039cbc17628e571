import { z } from 'zod';

/** Most sites a user can list; more is a mistake (or an import gone wrong), not a preference. */
export const MAX_OFF_SITES = 1000;

/**
 * A host as stored in the "Clip button off" list: lower case, ASCII
 * (punycode), without a leading `www.` — `www.acme.test` and `acme.test` are
 * the same site; any other subdomain (`help.acme.test`) is a site of its own.
 */
const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const SiteHostSchema = z.string().regex(HOST_RE);

/**
 * The user's settings, kept in extension storage (`settingsPref`, lib/preferences/settings.ts).
 * Every field falls back to its default on its own, so a record written by an
 * older (or newer) version, or a damaged one, still reads.
 */
export const SettingsSchema = z.object({
  /** Show the in-page Clip button when text is selected (the menus and the shortcut work either way). */
  clipButton: z.boolean().catch(true),
  /** Sites (hosts, see `siteKey`) where the Clip button stays hidden. */
  clipButtonOffSites: z
    .array(z.unknown())
    .catch([])
    .transform((list) => [...new Set(list.filter((h): h is string => SiteHostSchema.safeParse(h).success))].slice(0, MAX_OFF_SITES)),
  /** The clip form's "Attach a screenshot" checkbox starts checked. */
  screenshotDefault: z.boolean().catch(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What may be written: exact types, no fallbacks (a wrong value is an error, not a default). */
export const StoredSettingsSchema = z.strictObject({
  clipButton: z.boolean(),
  clipButtonOffSites: z.array(SiteHostSchema).max(MAX_OFF_SITES),
  screenshotDefault: z.boolean(),
});

export const DEFAULT_SETTINGS: Settings = Object.freeze({ clipButton: true, clipButtonOffSites: [], screenshotDefault: false }) as Settings;

/** Reads any stored value as settings (never throws). */
export function readSettings(value: unknown): Settings {
  return SettingsSchema.parse(value && typeof value === 'object' ? value : {});
}

/** The site key of a host: lower case, no trailing dot, no leading `www.`. */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** The site key of a page URL (http and https only), or '' for anything else. */
export function siteOfUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? siteKey(u.hostname) : '';
  } catch {
    return '';
  }
}

/** Whether the Clip button shows on pages of these URLs (a frame and the tab's top page). */
export function clipButtonOn(settings: Settings, ...urls: (string | undefined)[]): boolean {
  if (!settings.clipButton) return false;
  const off = new Set(settings.clipButtonOffSites);
  return !urls.some((u) => {
    const site = siteOfUrl(u);
    return site !== '' && off.has(site);
  });
}

export type SiteInput = { ok: true; site: string } | { ok: false; reason: 'empty' | 'invalid' };

/**
 * What the user typed in "Add a site", as a site key. Accepts a host
 * (`acme.com`, `www.acme.com`, `例子.中国`) or a web address (its host is
 * taken); refuses anything else: spaces, other schemes, a host without a dot
 * (except `localhost`), characters no host has.
 */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return { ok: false, reason: 'invalid' };
  // Only host characters (and, after them, a path) before parsing: `new URL` forgives too much.
  const hostPart = (hasScheme ? text.replace(/^https?:\/\//i, '') : text).split(/[/?#]/, 1)[0]!;
  if (!hostPart || /[@:\\%_!$&'()*+,;=<>"`{}|^[\]]/.test(hostPart)) return { ok: false, reason: 'invalid' };
  // Digits only: a full IPv4 address, not a shorthand the URL parser would expand (`1.2` → `1.0.0.2`).
  if (/^[\d.]+$/.test(hostPart) && !/^(\d{1,3}\.){3}\d{1,3}$/.test(hostPart)) return { ok: false, reason: 'invalid' };
  let host: string;
  try {
    host = new URL(`http://${hostPart}/`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const site = siteKey(host);
  if (!SiteHostSchema.safeParse(site).success) return { ok: false, reason: 'invalid' };
  if (!site.includes('.') && site !== 'localhost') return { ok: false, reason: 'invalid' };

  return { ok: true, site };
}
