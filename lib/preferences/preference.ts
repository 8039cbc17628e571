import { storage, type StorageItemKey, type Unwatch } from 'wxt/utils/storage';

/** What a preference needs of a zod schema (classic or mini): `safeParse`. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface PreferenceOptions<T> {
  /** `local:<name>`: extension storage, this device only (never `sync`: nothing leaves the computer). */
  key: StorageItemKey;
  /** The stored shape's version; raise it with a migration in `migrations` when the shape changes. */
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Reads any stored value (fields fall back one by one); what fails reads as `fallback`. */
  read: Parser<T>;
  /**
   * What may be written: exact types, no fallbacks (a wrong value throws, nothing is written).
   * A loader keeps zod out of a page's first load (the side panel): the schema comes with the first write.
   */
  write: Parser<T> | (() => Promise<Parser<T>>);
  fallback: T;
}

/**
 * One group of the user's preferences, kept in extension storage (readable by
 * every page, the service worker and content scripts; `watch` hears changes
 * from all of them). Values are validated both ways: a damaged or foreign
 * value reads as the fallback, a wrong one is refused before it is written.
 */
export interface Preference<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  get(): Promise<T>;
  /** Writes a whole value (validated). */
  set(value: T): Promise<T>;
  /**
   * Read, change, validate, write — one at a time across every page and the
   * service worker of the extension, so two pages changing it at once both win.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Whether a value is stored at all (the one-time move from the database asks). */
  isStored(): Promise<boolean>;
  /** Calls `cb` with each new value (validated), from any context. */
  watch(cb: (value: T) => void): Unwatch;
  /** Reads any value as this preference would (for a backup being restored). */
  parse(value: unknown): T;
}

const inProcess = new Map<string, Promise<unknown>>();

/** Runs `fn` alone for `name`: the Web Locks API across contexts, a promise chain where it is missing (tests). */
function exclusive<R>(name: string, fn: () => Promise<R>): Promise<R> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(`journey-lens:${name}`, fn) as Promise<R>;
  const before = inProcess.get(name) ?? Promise.resolve();
  const run = before.then(fn, fn);
  inProcess.set(name, run.catch(() => undefined));
  return run;
}

export function definePreference<T>(opts: PreferenceOptions<T>): Preference<T> {
  // Defined on first use: WXT's item starts reading storage as soon as it is defined, which a
  // module merely imported (a Node script, a page that never reads this group) must not do.
  let defined: ReturnType<typeof storage.defineItem<unknown>> | undefined;
  const item = () =>
    (defined ??= storage.defineItem<unknown>(opts.key, {
      version: opts.version,
      ...(opts.migrations ? { migrations: opts.migrations } : {}),
    }));
  const parse = (value: unknown): T => {
    if (value === null || value === undefined) return opts.fallback;
    const r = opts.read.safeParse(value);
    return r.success ? r.data : opts.fallback;
  };
  let writer: Promise<Parser<T>> | undefined;
  const check = async (value: T): Promise<T> => {
    const w = opts.write;
    const r = (await (writer ??= typeof w === 'function' ? w() : Promise.resolve(w))).safeParse(value);
    if (!r.success) throw new Error(`not a valid value for ${opts.key}`);
    return r.data;
  };
  const set = async (value: T) => {
    const ok = await check(value);
    await item().setValue(ok);
    return ok;
  };
  return {
    key: opts.key,
    fallback: opts.fallback,
    get: async () => parse(await item().getValue()),
    set,
    update: (change) => exclusive(opts.key, async () => set(change(parse(await item().getValue())))),
    isStored: async () => (await item().getValue()) != null,
    watch: (cb) => item().watch((value) => cb(parse(value))),
    parse,
  };
}
