import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiServices } from '@/lib/ui-services/types';

const ServicesContext = createContext<UiServices | null>(null);

/**
 * Gives the components below every read and write of the extension's data. Each page provides the
 * one it built (`createUiServices(getDb())`); a test provides one on fake-indexeddb, or a fake.
 */
export function ServicesProvider({ services, children }: { services: UiServices; children: ComponentChildren }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The page's services (see `ServicesProvider`). */
export function useServices(): UiServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside a ServicesProvider');
  return services;
}
