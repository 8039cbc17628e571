import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A module loaded on first need (`when` turns true), so the page's first paint stays small. */
export function useLazyModule<T>(load: () => Promise<T>, when: boolean): T | undefined {
  const [mod, setMod] = useState<T | undefined>();
  useEffect(() => {
    if (when && !mod) void load().then(setMod);
  }, [when]);
  return mod;
}

/** Renders `children(module)` once the module has loaded (right after the page's first paint). */
export function Lazy<T>({ load, children }: { load: () => Promise<T>; children: (mod: T) => ComponentChildren }) {
  const mod = useLazyModule(load, true);
  return mod ? <>{children(mod)}</> : null;
}
