import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * For e2e tests that also write a study from Node (a teammate's copy): the clip writers
 * count saves in extension storage (WXT storage items), which Node lacks. The unit tests get
 * the same in-memory fake from WxtVitest; import this before any module of lib/.
 */
const g = globalThis as unknown as { chrome?: unknown };
g.chrome ??= fakeBrowser;
