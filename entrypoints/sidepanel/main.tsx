import { render } from 'preact';
import { App } from './App';
import '@/components/styles/base.css';
import '@/components/matrix/matrix.css';
import './style.css';

render(<App />, document.getElementById('app')!);

// `npm run bench` drives the panel through this (loaded only when called).
Object.assign(globalThis, { journeyLensBench: () => import('@/lib/bench/bench-hooks') });
