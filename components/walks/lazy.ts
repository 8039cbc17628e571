import { useEffect, useState } from 'preact/hooks';

/** A module loaded on first need (`when` turns true), so the page's first paint stays small. */
export function useLazyModule<T>(load: () => Promise<T>, when: boolean): T | undefined {
  const [mod, setMod] = useState<T | undefined>();
  useEffect(() => {
    if (when && !mod) void load().then(setMod);
  }, [when]);
  return mod;
}
