/**
 * Extension-storage keys of the preference groups (lib/preferences/*.ts). Kept
 * apart so the always-injected content script can watch one without loading
 * its schema.
 */
export const SETTINGS_KEY = 'local:settings';
