import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/messaging/router';

const ID = 'ourextensionid';
const ORIGIN = `chrome-extension://${ID}`;

function setup() {
  const saved: unknown[] = [];
  const handlers = {
    'form/open': vi.fn(async () => ({ ok: true })),
    'form/context': vi.fn(async () => ({ ok: false, code: 'x', message: 'x' })),
    'clip/save': vi.fn(async (req: unknown) => {
      saved.push(req);
      return { ok: true, clipId: 'c', duplicate: false, pageCount: 1, brandName: 'Acme' };
    }),
    'page/clip-count': vi.fn(async () => ({ ok: true, count: 0 })),
  } as unknown as Handlers;
  const log = vi.fn();
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log });
  return { route, saved, log };
}

const draft = {
  id: 'clip-1', stageId: 'fmot', brandName: 'Acme', kind: 'selection', url: 'https://acme.test/', sourceType: 'competitor_site',
  quote: 'hello', capturedAt: '2026-11-22T10:00:00.000Z',
};

describe('message router', () => {
  it('accepts a valid save from our content script', async () => {
    const { route, saved } = setup();
    const r = await route({ type: 'clip/save', draft }, { id: ID, tab: { id: 3, url: 'https://acme.test/' }, frameId: 0 });
    expect(r).toMatchObject({ ok: true });
    expect(saved).toHaveLength(1);
  });

  it('rejects messages from other extensions and writes nothing', async () => {
    const { route, saved, log } = setup();
    expect(await route({ type: 'clip/save', draft }, { id: 'someone-else', tab: { id: 3 } })).toBeUndefined();
    expect(saved).toHaveLength(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/another extension/), expect.anything());
  });

  it('rejects a sender that is neither a tab nor one of our pages', async () => {
    const { route, saved } = setup();
    expect(await route({ type: 'clip/save', draft }, { id: ID, url: 'https://evil.test/' })).toBeUndefined();
    expect(saved).toHaveLength(0);
  });

  it('rejects malformed payloads with the zod reason, logged', async () => {
    const { route, saved, log } = setup();
    for (const bad of [
      null,
      'clip/save',
      { type: 'clip/save' },
      { type: 'clip/save', draft: { ...draft, url: 'javascript:alert(1)' } },
      { type: 'clip/save', draft: { ...draft, score: 9 } },
      { type: 'clip/save', draft: { ...draft, id: '../../etc' } },
      { type: 'clip/delete-everything' },
      { type: 'clip/save', draft: { ...draft, quote: 'x'.repeat(200_001) } },
    ]) {
      const r = await route(bad, { id: ID, tab: { id: 3 } });
      expect(r).toMatchObject({ ok: false, code: 'invalid-message' });
    }
    expect(saved).toHaveLength(0);
    expect(log).toHaveBeenCalledWith('rejected a malformed message', expect.any(String));
  });

  it('accepts our own extension pages', async () => {
    const { route } = setup();
    expect(await route({ type: 'page/clip-count', url: 'https://acme.test/' }, { id: ID, url: `${ORIGIN}/sidepanel.html` })).toMatchObject({ ok: true });
  });
});
