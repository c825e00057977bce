// In the page: hydration support first, so that Lit adopts the server's shadow DOM rather than rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'syria-timeline';
