import { render } from 'preact';
import { App } from './App';
import { ServicesProvider } from '@/components/services';
import { getDb } from '@/lib/db/database';
import { createUiServices } from '@/lib/ui-services';
import '@/components/styles/base.css';
import './style.css';

// The page's data services: its components read and write through them, never the database itself.
render(
  <ServicesProvider services={createUiServices(getDb())}>
    <App />
  </ServicesProvider>,
  document.getElementById('app')!,
);
