import { render } from 'preact';
import { html } from 'htm/preact';
import { App } from './app.ts';
import { interceptLinks } from './router/router.ts';
import './styles/main.css';

interceptLinks(document);
render(html`<${App} />`, document.getElementById('app')!);
