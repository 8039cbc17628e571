import { describe, expect, it } from 'vitest';
import { makeInvite, readInvite } from '../../../lib/sync/invite';
import { normalizeServer, serverOrigins } from '../../../lib/model/team';
import { partitionOf } from '../../../lib/sync/doc-names';

describe('team settings', () => {
  it('an invite carries server, study and token, and nothing else reads as one', () => {
    const config = { server: 'wss://sync.example.com/team', studyId: 'abc-123', token: 'tök en/+=' };
    const invite = makeInvite(config);
    expect(invite).toMatch(/^journey-lens-invite:[A-Za-z0-9_-]+$/);
    expect(readInvite(`  ${invite}\n`)).toEqual(config);
    for (const bad of ['', 'hello', 'journey-lens-invite:', 'journey-lens-invite:!!!', invite.slice(0, -3), `journey-lens-invite:${btoa('{"v":1,"server":"http://x","studyId":"a","token":"t"}')}`]) {
      expect(readInvite(bad), bad).toBeUndefined();
    }
  });

  it('normalises a typed server address to a WebSocket URL, and refuses what is not one', () => {
    expect(normalizeServer('127.0.0.1:8787')).toBe('ws://127.0.0.1:8787');
    expect(normalizeServer(' https://sync.example.com/ ')).toBe('wss://sync.example.com');
    expect(normalizeServer('http://localhost:1234/hp')).toBe('ws://localhost:1234/hp');
    expect(normalizeServer('wss://a.example')).toBe('wss://a.example');
    for (const bad of ['', 'ftp://x', 'ws://user:pw@host', 'javascript:alert(1)', 'ws://']) expect(normalizeServer(bad), bad).toBeUndefined();
    expect(serverOrigins('wss://sync.example.com:444/x')).toEqual(['wss://sync.example.com/*', 'https://sync.example.com/*']);
  });

  it('clips go to partitions by capture month; tombstones by deletion month', () => {
    expect(partitionOf('abc', '2026-12-02T10:00:00.000Z')).toMatch(/^c-2026-12-[0-7]$/);
    expect(partitionOf('abc', '2026-12-31T10:00:00.000Z')).toBe(partitionOf('abc', '2026-12-01T00:00:00.000Z'));
  });
});
