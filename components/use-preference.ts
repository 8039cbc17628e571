import { useEffect, useState } from 'preact/hooks';
import type { Preference } from '@/lib/preferences/preference';

/**
 * A preference's current value, kept up to date by `watch`: a change made in
 * any page, the service worker or a content script shows at once. Undefined
 * until the first read.
 */
export function usePreference<T>(pref: Preference<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unwatch = pref.watch((v) => setValue(v));
    void pref.get().then((v) => {
      if (live) setValue((seen) => seen ?? v);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [pref]);
  return value;
}
