import { render } from 'preact';
import { App } from './App';
import '@/components/styles/base.css';
import '@/components/matrix/matrix.css';
import './style.css';

render(<App />, document.getElementById('app')!);

// `npm run bench` drives the panel through this (loaded only when called). Only the
// bench's own build has it (VITE_JL_BENCH=1): a production build has no test hooks.
if (import.meta.env.VITE_JL_BENCH === '1') {
  Object.assign(globalThis, { journeyLensBench: () => import('@/lib/bench/bench-hooks') });
}
