/** The renderer's entry: mounts the app in the page. */
import { render } from 'preact';
import { App } from './app/App.tsx';

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
