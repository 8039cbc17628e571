// request() and sendToTab(): what goes out, what comes back, and request()'s retries of transient failures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { request, sendToTab } from '../../../lib/messaging/client';

const URL_ = 'https://acme.test/';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('request()', () => {
  it('sends the request once and returns the background’s answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, count: 2, clipButton: true });
    const answer = await request({ type: 'page/clip-count', url: URL_ });
    expect(answer).toEqual({ ok: true, count: 2, clipButton: true });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'page/clip-count', url: URL_ });
    // Typed from the map: after `ok`, the count is a number.
    if (answer.ok) expect(answer.count + 1).toBe(3);
  });

  it('retries while the service worker restarts (100, 300, 800 ms), then answers', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue({ ok: true, clipId: 'c1', duplicate: false, pageCount: 1, brandName: 'Acme' });
    const answer = request({ type: 'highlights/open' });
    await vi.advanceTimersByTimeAsync(99);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(send).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(4);
    expect(await answer).toMatchObject({ ok: true, clipId: 'c1' });
  });

  it('gives up after five attempts with an `unreachable` failure', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    const answer = request({ type: 'walk/state' });
    await vi.advanceTimersByTimeAsync(100 + 300 + 800 + 1500);
    expect(await answer).toEqual({ ok: false, code: 'unreachable', message: 'Receiving end does not exist' });
    expect(send).toHaveBeenCalledTimes(5);
  });

  it('does not retry an error that is not transient', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await request({ type: 'form/open' })).toEqual({ ok: false, code: 'unreachable', message: 'Extension context invalidated.' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes a failure answer on as it is (no retry: the background did answer)', async () => {
    const failure = { ok: false, code: 'invalid-message', message: 'url: Invalid URL' };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(failure);
    expect(await request({ type: 'page/clips', url: URL_ })).toEqual(failure);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('sendToTab()', () => {
  it('sends the message to the tab, to one frame when asked', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await sendToTab(7, { type: 'tab/clip-selection' });
    await sendToTab(7, { type: 'tab/clip-target', kind: 'page' }, { frameId: 0 });
    expect(send.mock.calls).toEqual([
      [7, { type: 'tab/clip-selection' }],
      [7, { type: 'tab/clip-target', kind: 'page' }, { frameId: 0 }],
    ]);
  });

  it('rejects when nothing in the tab listens (callers decide), without retrying', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(sendToTab(7, { type: 'tab/walk-changed' }, { frameId: 0 })).rejects.toThrow(/Receiving end/);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
