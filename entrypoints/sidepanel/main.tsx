import { render } from 'preact';
import { App } from './App';
import '@/components/styles/base.css';
import '@/components/matrix/matrix.css';
import './style.css';

render(<App />, document.getElementById('app')!);
