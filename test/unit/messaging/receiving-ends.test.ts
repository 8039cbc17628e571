// Each receiving end validates what arrives: the background's router (RequestSchema) and the content
// scripts (TabMessageSchema; the always-injected script peeks at the type without zod).
import { describe, expect, it, vi } from 'vitest';
import { RequestSchema, type RequestType } from '../../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { TAB_MESSAGE_TYPES, peekTabMessage } from '../../../lib/messaging/tab-message-peek';
import { TabMessageSchema, parseTabMessage } from '../../../lib/messaging/tab-messages';

const ID = 'ourextensionid';
const ORIGIN = `chrome-extension://${ID}`;
const URL_ = 'https://acme.test/pricing';
const CLIP = 'clip-1';

/** One malformed message per request type that carries fields: a field missing, mistyped or out of range. */
const MALFORMED: Partial<Record<RequestType, unknown[]>> = {
  'form/context': [{ type: 'form/context' }, { type: 'form/context', url: 'javascript:alert(1)', meta: {} }, { type: 'form/context', url: URL_, meta: {}, selection: 'x'.repeat(5001) }],
  'clip/save': [{ type: 'clip/save' }, { type: 'clip/save', draft: { id: CLIP } }],
  'page/clip-count': [{ type: 'page/clip-count' }, { type: 'page/clip-count', url: 'file:///etc/passwd' }],
  'page/clips': [{ type: 'page/clips', url: 42 }],
  'page/anchors': [
    { type: 'page/anchors', url: URL_ },
    { type: 'page/anchors', url: URL_, results: [{ clipId: CLIP, status: 'lost' }] },
    { type: 'page/anchors', url: URL_, results: [{ clipId: '../x', status: 'orphan' }] },
  ],
  'highlights/hide': [{ type: 'highlights/hide', url: URL_, scope: 'site', hidden: true }, { type: 'highlights/hide', url: URL_, scope: 'page' }],
  'anchor/choose': [{ type: 'anchor/choose', clipId: CLIP, index: -1 }, { type: 'anchor/choose', clipId: CLIP, index: 1.5 }],
  'anchor/restore': [{ type: 'anchor/restore', clipId: CLIP }, { type: 'anchor/restore', clipId: CLIP, selectors: { quote: { exact: 5 } } }],
  'walk/context': [{ type: 'walk/context', tabId: -3 }, { type: 'walk/context' }],
  'walk/start': [{ type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme' }, { type: 'walk/start', tabId: 3, task: 'Buy', brandName: 'Acme', stageId: 'fmot', screenshots: 'yes' }],
  'walk/control': [{ type: 'walk/control', walkId: 'w1', control: 'rewind' }, { type: 'walk/control', control: 'stop' }],
  'draft/keep': [{ type: 'draft/keep' }, { type: 'draft/keep', kept: { draft: {} } }],
  'draft/drop': [{ type: 'draft/drop' }, { type: 'draft/drop', id: 'has spaces and / slashes' }],
  'draft/for-page': [{ type: 'draft/for-page', url: 'chrome://settings' }],
};
/** Request types that carry nothing but their type: only an unknown type or a non-object is malformed for them. */
const FIELDLESS = RequestSchema.options.filter((o) => Object.keys(o.shape).length === 1).map((o) => o.shape.type.value);

describe('the background rejects malformed requests (router)', () => {
  it('names every request type that carries fields', () => {
    const all = RequestSchema.options.map((o) => o.shape.type.value);
    expect(new Set([...Object.keys(MALFORMED), ...FIELDLESS])).toEqual(new Set(all));
  });

  it.each(Object.entries(MALFORMED).flatMap(([type, bad]) => bad!.map((m, i) => [`${type} #${i + 1}`, m] as const)))(
    '%s: answered invalid-message, handler never called',
    async (_name, message) => {
      const handler = vi.fn(async () => ({ ok: true }));
      const handlers = Object.fromEntries(RequestSchema.options.map((o) => [o.shape.type.value, handler])) as unknown as Handlers;
      const log = vi.fn();
      const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log });
      for (const sender of [{ id: ID, tab: { id: 3, url: URL_ }, frameId: 0 }, { id: ID, url: `${ORIGIN}/sidepanel.html` }]) {
        const answer = await route(message, sender);
        expect(answer).toMatchObject({ ok: false, code: 'invalid-message' });
        expect(answer && !answer.ok && answer.message).toMatch(/\S/);
      }
      expect(handler).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith('rejected a malformed message', expect.any(String));
    },
  );

  it('a well-formed request of the same types does reach its handler', async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const handlers = Object.fromEntries(RequestSchema.options.map((o) => [o.shape.type.value, handler])) as unknown as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log: () => undefined });
    const tab = { id: ID, tab: { id: 3, url: URL_ }, frameId: 0 };
    for (const good of [
      { type: 'page/clip-count', url: URL_ },
      { type: 'highlights/hide', url: URL_, scope: 'all', hidden: true },
      { type: 'walk/control', walkId: 'w1', control: 'note', note: 'slow' },
      ...FIELDLESS.map((type) => ({ type })),
    ]) {
      expect(await route(good, tab), JSON.stringify(good)).toMatchObject({ ok: true });
    }
    expect(handler).toHaveBeenCalledTimes(3 + FIELDLESS.length);
  });
});

describe('content scripts reject malformed tab messages', () => {
  const malformed: unknown[] = [
    null,
    undefined,
    'tab/clip-selection',
    42,
    [],
    {},
    { type: 'tab/self-destruct' },
    { type: 'form/open' },
    { type: 'tab/clip-target' },
    { type: 'tab/clip-target', kind: 'video' },
    { type: 'tab/clip-target', kind: 'link', targetUrl: 'x'.repeat(8193) },
    { type: 'tab/clip-target', kind: 'link', text: 7 },
  ];

  it('parseTabMessage (clip form): undefined for each, with the reason logged', () => {
    for (const raw of malformed) {
      const log = vi.fn();
      expect(parseTabMessage(raw, log), JSON.stringify(raw)).toBeUndefined();
      expect(log).toHaveBeenCalledWith('ignored a malformed tab message', expect.anything());
    }
  });

  it('parseTabMessage accepts every well-formed message, as zod reads it', () => {
    const log = vi.fn();
    expect(parseTabMessage({ type: 'tab/clip-target', kind: 'link', targetUrl: 'https://acme.test/a', text: 'A', extra: 1 }, log)).toEqual({
      type: 'tab/clip-target',
      kind: 'link',
      targetUrl: 'https://acme.test/a',
      text: 'A',
    });
    for (const type of TAB_MESSAGE_TYPES.filter((t) => t !== 'tab/clip-target')) expect(parseTabMessage({ type }, log)).toEqual({ type });
    expect(log).not.toHaveBeenCalled();
  });

  it('peekTabMessage (always-injected script): no type for a non-message or an unknown type', () => {
    for (const raw of [null, undefined, 'tab/clip-selection', 42, [], {}, { type: 'tab/self-destruct' }, { type: 'form/open' }, { type: 7 }]) {
      expect(peekTabMessage(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });

  it('peekTabMessage reads the type, and "whole page" only for a page target', () => {
    expect(peekTabMessage({ type: 'tab/clip-target', kind: 'page' })).toEqual({ type: 'tab/clip-target', wholePage: true });
    expect(peekTabMessage({ type: 'tab/clip-target', kind: 'link' })).toEqual({ type: 'tab/clip-target', wholePage: false });
    expect(peekTabMessage({ type: 'tab/clip-selection', kind: 'page' })).toEqual({ type: 'tab/clip-selection', wholePage: false });
    expect(peekTabMessage({ type: 'tab/highlights-refresh' })).toEqual({ type: 'tab/highlights-refresh', wholePage: false });
    expect(peekTabMessage({ type: 'tab/settings-changed' })).toBeUndefined();
  });

  it('the zod-free list of types is the schema’s, in full', () => {
    expect(new Set(TAB_MESSAGE_TYPES)).toEqual(new Set(TabMessageSchema._zod.def.options.flatMap((o) => o._zod.def.shape.type._zod.def.values)));
  });
});
