// Type-level tests of the two message maps (run by `npx vitest run`: vitest's typecheck mode, *.test-d.ts).
import { describe, expectTypeOf, it } from 'vitest';
import type { request, sendToTab } from '../../../lib/messaging/client';
import type { AnswerOf, BackgroundMap, Failure, FormContext, PageClip, RequestType, WalkInfo } from '../../../lib/messaging/protocol';
import type { Handlers } from '../../../lib/messaging/router';
import type { TAB_MESSAGE_TYPES } from '../../../lib/messaging/tab-message-peek';
import type { TabMap, TabMessage, TabMessageType } from '../../../lib/messaging/tab-messages';

declare const send: typeof request;
declare const toTab: typeof sendToTab;

describe('requests to the background', () => {
  it('types each answer from the request type, as an ok/error union', () => {
    const count = send({ type: 'page/clip-count', url: 'https://acme.test/' });
    expectTypeOf(count).resolves.toEqualTypeOf<AnswerOf<'page/clip-count'>>();
    expectTypeOf(count).resolves.toEqualTypeOf<({ ok: true } & { count: number; clipButton: boolean }) | Failure>();
    expectTypeOf(send({ type: 'form/context', url: 'https://acme.test/', meta: {} })).resolves.toEqualTypeOf<AnswerOf<'form/context'>>();
    expectTypeOf(send({ type: 'walk/state' })).resolves.toEqualTypeOf<AnswerOf<'walk/state'>>();
  });

  it('narrows on `ok`: the payload on success, code and message on failure', () => {
    const answer = {} as AnswerOf<'page/clips'>;
    if (answer.ok) {
      expectTypeOf(answer.clips).toEqualTypeOf<PageClip[]>();
      expectTypeOf(answer.hidden).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(answer).toEqualTypeOf<Failure>();
      expectTypeOf(answer.code).toEqualTypeOf<string>();
    }
    const walk = {} as AnswerOf<'walk/control'>;
    if (walk.ok) expectTypeOf(walk.walk).toEqualTypeOf<WalkInfo>();
    const context = {} as AnswerOf<'form/context'>;
    if (context.ok) expectTypeOf(context.context).toEqualTypeOf<FormContext>();
  });

  it('takes what a sender passes (zod defaults optional) and refuses what the schema refuses', () => {
    // `selection` has a default: a sender may leave it out.
    send({ type: 'form/context', url: 'https://acme.test/', meta: null });
    // @ts-expect-error: page/clip-count needs the page's url
    send({ type: 'page/clip-count' });
    // @ts-expect-error: no such request
    send({ type: 'clip/delete-everything' });
    // @ts-expect-error: a walk control is one of five words
    send({ type: 'walk/control', walkId: 'w1', control: 'rewind' });
    // @ts-expect-error: highlights/hide's scope is 'page' or 'all'
    send({ type: 'highlights/hide', url: 'https://acme.test/', scope: 'site', hidden: true });
  });

  it('types every handler from the same map', () => {
    expectTypeOf<Parameters<Handlers['clip/save']>[0]>().toEqualTypeOf<BackgroundMap['clip/save']['request']>();
    expectTypeOf<Awaited<ReturnType<Handlers['clip/save']>>>().toEqualTypeOf<AnswerOf<'clip/save'>>();
    // What the handler receives has the zod defaults filled in.
    expectTypeOf<BackgroundMap['form/context']['request']['selection']>().toEqualTypeOf<string>();
    expectTypeOf<BackgroundMap['form/context']['input']['selection']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<keyof Handlers>().toEqualTypeOf<RequestType>();
  });

  it('lets every answer fail (malformed message, failed handler, unreachable background)', () => {
    expectTypeOf<Failure>().toExtend<AnswerOf<RequestType>>();
    expectTypeOf<Extract<AnswerOf<'draft/keep'>, { ok: false }>>().toEqualTypeOf<Failure>();
  });
});

describe('messages to a tab', () => {
  it('types each message and its (empty) answer from the tab map', () => {
    expectTypeOf(toTab(1, { type: 'tab/clip-target', kind: 'page' }, { frameId: 0 })).resolves.toEqualTypeOf<void>();
    expectTypeOf(toTab(1, { type: 'tab/walk-changed' })).resolves.toEqualTypeOf<TabMap['tab/walk-changed']['answer']>();
    // @ts-expect-error: a clip target is a page, a link or an image
    toTab(1, { type: 'tab/clip-target', kind: 'video' });
    // @ts-expect-error: no such tab message
    toTab(1, { type: 'tab/self-destruct' });
    // @ts-expect-error: a request to the background is not a message to a tab
    toTab(1, { type: 'form/open' });
  });

  it('keeps the zod-free list of types equal to the schema', () => {
    expectTypeOf<(typeof TAB_MESSAGE_TYPES)[number]>().toEqualTypeOf<TabMessageType>();
    expectTypeOf<keyof TabMap>().toEqualTypeOf<TabMessage['type']>();
  });
});
