import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../lib/backup/create-backup';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { clipCountOfStudy } from '../../../lib/db/cells-store';
import { saveDraft } from '../../../lib/db/clips-repo';
import { catchUpAll } from '../../../lib/sync/catch-up';
import { rejoinTeam, teamsToRejoin } from '../../../lib/sync/rejoin';
import { allSyncConfigs, getSyncConfig, setSyncConfig } from '../../../lib/db/sync-config';
import { draft } from '../db/helpers';
import { freshClient, QuietWebSocket, sliceOf, useServer, TOKEN } from './harness';

const served = useServer();
const ws = { WebSocketPolyfill: QuietWebSocket };

describe('backups of a shared study', () => {
  it('hold the team server but never the token, and old backups without it still restore', async () => {
    const { db, study } = await freshClient();
    const server = 'ws://127.0.0.1:9';
    await setSyncConfig(db, { studyId: study.id, server, token: 'secret-token-123' });
    const backup = await createBackup(db);
    const text = JSON.stringify(backup);
    expect(text).not.toContain('secret-token-123');
    expect(backup.teams).toEqual([{ studyId: study.id, server }]);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.doc.teams).toEqual([{ studyId: study.id, server }]);
    // A backup made before teams were kept (or of an unshared database) has none.
    const { teams: _t, ...old } = backup;
    const parsedOld = parseBackup(JSON.stringify(old));
    expect(parsedOld.ok && parsedOld.doc.teams).toBeUndefined();
    // A team entry that is not a server address is refused with the file, like any invalid record.
    expect(parseBackup(JSON.stringify({ ...backup, teams: [{ studyId: study.id, server: 'javascript:alert(1)' }] })).ok).toBe(false);
  });

  it('restores as a local study that sends nothing; rejoining (with the token) syncs with the team again', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'before the backup' }));
    const config = { server: served.server.url, studyId, token: TOKEN };
    await setSyncConfig(alice.db, config);
    await catchUpAll(alice.db, ws);
    const backup = await createBackup(alice.db);

    // The team goes on; meanwhile the backup is restored on a new profile.
    await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'after the backup' }));
    await catchUpAll(alice.db, ws);
    const bob = await freshClient();
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.message);
    await applyRestore(bob.db, parsed.doc, 'merge');

    // Local: no team settings, so no catch-up contacts anything, and the team's later clip is not here.
    expect(await getSyncConfig(bob.db, studyId)).toBeUndefined();
    expect(await catchUpAll(bob.db, ws)).toEqual([]);
    expect(await clipCountOfStudy(bob.db, studyId)).toBe(1);

    // The restore flow offers the study's team; an empty token is refused.
    const offers = await teamsToRejoin(bob.db, parsed.doc.teams);
    expect(offers).toEqual([{ studyId, server: served.server.url, name: 'Default study' }]);
    await expect(rejoinTeam(bob.db, offers[0]!, '   ')).rejects.toThrow();
    expect(await allSyncConfigs(bob.db)).toEqual([]);

    // Rejoined: the team's clip arrives, and the restored copy merges instead of duplicating.
    await rejoinTeam(bob.db, offers[0]!, ` ${TOKEN} `);
    expect(await getSyncConfig(bob.db, studyId)).toEqual(config);
    expect((await catchUpAll(bob.db, ws))[0]?.outcome).toBe('synced');
    expect(await clipCountOfStudy(bob.db, studyId)).toBe(2);
    await catchUpAll(alice.db, ws);
    expect(await sliceOf(bob.db, studyId)).toBe(await sliceOf(alice.db, studyId));
    // Already shared here: nothing more to offer.
    expect(await teamsToRejoin(bob.db, parsed.doc.teams)).toEqual([]);
  }, 60_000);

  it('offers only studies that are here and not archived', async () => {
    const { db, study } = await freshClient();
    expect(await teamsToRejoin(db, undefined)).toEqual([]);
    expect(await teamsToRejoin(db, [{ studyId: 'not-here', server: 'ws://127.0.0.1:9' }])).toEqual([]);
    await db.studies.update(study.id, { archived: true });
    expect(await teamsToRejoin(db, [{ studyId: study.id, server: 'ws://127.0.0.1:9' }])).toEqual([]);
  });
});
