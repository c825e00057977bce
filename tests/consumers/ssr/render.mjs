// In Node: renders <syria-timeline> with @lit-labs/ssr into declarative shadow DOM, and puts it in the page that
// `vite build` made (`node render.mjs dist/index.html`), where the comment <!--timeline--> stands.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'syria-timeline';
import { syriaEvents } from 'syria-timeline/data';

// A server renders once and loads nothing: it is given the events that the page loads by itself.
const timeline = await collectResult(render(html`<syria-timeline .events=${syriaEvents}></syria-timeline>`));

const [page] = process.argv.slice(2);
writeFileSync(page, readFileSync(page, 'utf8').replace('<!--timeline-->', timeline));
