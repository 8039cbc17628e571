import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { syncStateText } from '../../../components/sync/sync-state-text';

// The real English texts, as the built extension's messages.json holds them.
beforeAll(async () => {
  const messages = generateChromeMessages(await parseMessagesFile(join(import.meta.dirname, '../../../locales/en.yml')));
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_m, i: string) => list[Number(i) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
});

const now = new Date('2026-12-02T15:00:00');

describe('the panel sync line', () => {
  it('starts with Synced, Syncing, Offline or Sync error, counts changes, and gives the reason of an error', () => {
    expect(syncStateText(null, 'en', now)).toMatch(/^Syncing/);
    expect(syncStateText({ kind: 'connecting' }, 'en', now)).toMatch(/^Syncing/);
    expect(syncStateText({ kind: 'syncing', changes: 0 }, 'en', now)).toBe('Syncing…');
    expect(syncStateText({ kind: 'syncing', changes: 1 }, 'en', now)).toBe('Syncing 1 change…');
    expect(syncStateText({ kind: 'syncing', changes: 12345 }, 'en', now)).toBe('Syncing 12,345 changes…');
    expect(syncStateText({ kind: 'synced', at: new Date('2026-12-02T14:05:00').toISOString() }, 'en', now)).toMatch(/^Synced with the team at 0?2:05|^Synced with the team at 14:05/);
    expect(syncStateText({ kind: 'error', reason: 'auth', message: 'permission denied' }, 'en', now)).toBe('Sync error: the server refused the token (permission denied).');
    expect(syncStateText({ kind: 'error', reason: 'write', message: 'QuotaExceededError' }, 'en', now)).toBe('Sync error: QuotaExceededError');
  });

  it('says since when it is offline, with the date when that is not today', () => {
    const today = syncStateText({ kind: 'offline', since: new Date('2026-12-02T09:30:00').toISOString() }, 'en', now);
    expect(today).toMatch(/^Offline since \D*0?9:30/);
    expect(today).not.toMatch(/Dec/);
    const earlier = syncStateText({ kind: 'offline', since: new Date('2026-11-30T09:30:00').toISOString() }, 'en', now);
    expect(earlier).toMatch(/^Offline since 30 Nov 0?9:30/);
  });
});
