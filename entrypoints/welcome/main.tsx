import { render } from 'preact';
import { App } from './App';
import '@/components/styles/base.css';
import './style.css';

render(<App />, document.getElementById('app')!);
