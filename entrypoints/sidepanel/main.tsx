import { render } from 'preact';
import { App } from './App';
import { ServicesProvider } from '@/components/services';
import { getDb } from '@/lib/db/database';
import { createUiServices } from '@/lib/ui-services';
import '@/components/styles/base.css';
import '@/components/matrix/matrix.css';
import './style.css';

// The page's data services: its components read and write through them, never the database itself.
render(
  <ServicesProvider services={createUiServices(getDb())}>
    <App />
  </ServicesProvider>,
  document.getElementById('app')!,
);

// `npm run bench` drives the panel through this (loaded only when called). Only the
// bench's own build has it (VITE_JL_BENCH=1): a production build has no test hooks.
if (import.meta.env.VITE_JL_BENCH === '1') {
  Object.assign(globalThis, { journeyLensBench: () => import('@/lib/bench/bench-hooks') });
}
