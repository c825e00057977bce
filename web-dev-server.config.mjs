// @web/dev-server config for `npm start`: serves the repository root, compiles .ts on the fly and
// resolves bare imports (lit, d3-*) from node_modules, so the demo needs no build step.
//
//   npm start                 http://localhost:8000/demo/   (PORT=8080 npm start for another port)
//
// scripts/screenshot.mjs imports this config and overrides port, open and watch.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Path of the demo page on the server; `/` redirects there. */
export const DEMO_PATH = '/demo/';

// esbuild does not follow `extends`, and only reads the legacy-decorator settings
// (experimentalDecorators, useDefineForClassFields: false) from the file it is given.
const TSCONFIG = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const ROOT_DIR = fileURLToPath(new URL('.', import.meta.url));

const port = Number(process.env.PORT) || 8000;
// Open a browser tab only where one can appear: not in CI, and only with a display.
const canOpen = !process.env.CI && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Prints the demo's address under the server's own start message. */
function demoUrlPlugin() {
  return {
    name: 'demo-url',
    serverStart({ config, logger }) {
      logger.log(`  Demo:     http://${config.hostname ?? 'localhost'}:${config.port}${DEMO_PATH}\n`);
    },
  };
}

export default {
  rootDir: ROOT_DIR,
  port,
  nodeResolve: true,
  watch: true, // reload the page when a served file changes
  open: canOpen ? DEMO_PATH : false,
  middleware: [
    // the repository has no index.html of its own: send / to the demo
    function redirectRootToDemo(ctx, next) {
      if (ctx.path === '/' && !existsSync(`${ROOT_DIR}index.html`)) {
        ctx.redirect(DEMO_PATH);
        return undefined;
      }
      return next();
    },
    // browsers ask for /favicon.ico on every page: answer "no content" rather than a 404 error
    function noFavicon(ctx, next) {
      if (ctx.path === '/favicon.ico' && !existsSync(`${ROOT_DIR}favicon.ico`)) {
        ctx.status = 204;
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    // explicit target: with 'auto', modern browsers get untranspiled code ("esnext").
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: TSCONFIG }),
    demoUrlPlugin(),
  ],
};
