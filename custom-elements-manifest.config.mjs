// Configuration of `cem analyze` (npm run analyze): the manifest describes the package as it ships.
//
//   - Every module path points at the file that ships, `dist/….js`, in one format (relative to the package root,
//     no leading `./` or `/`): the analyzer reads `src/….ts` and writes each reference as its source spelled it.
//   - Only the modules a user can reach are listed: the entry points of package.json "exports", and the modules
//     whose declarations they export, followed from module to module (not the layout, the controllers, the
//     templates or the dictionaries, which no entry exports).
//   - Private members (`private` in TypeScript, `#names`) are left out: they are not part of the API.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The modules that package.json "exports" name, as `dist/….js`. */
const ENTRY_MODULES = Object.values(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).exports)
  .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
  .filter((path) => /^\.\/dist\/.*\.js$/.test(path))
  .map((path) => path.slice(2));

/** `src/elements/event-timeline.ts`, `/src/elements/event-timeline.js` or `./event-timeline.js` (from `from`) → `dist/elements/event-timeline.js`. */
function shippedPath(path, from) {
  const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\/+/, '');
  return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Rewrites every `module` reference inside `value`, a part of the module whose source is `from`. */
function rewriteReferences(value, from) {
  if (Array.isArray(value)) value.forEach((v) => rewriteReferences(v, from));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'module' && typeof v === 'string') value[key] = shippedPath(v, from);
      else rewriteReferences(v, from);
    }
  }
}

const isPrivate = (member) => member.privacy === 'private' || String(member.name).startsWith('#');

/** The analyzer plugin that rewrites paths and drops private members, once every module has been read. */
function shippedManifest() {
  return {
    name: 'shipped-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const module of modules) {
        const source = module.path.replace(/^\/+/, '');
        rewriteReferences(module.declarations, source);
        rewriteReferences(module.exports, source);
        module.path = shippedPath(source, source);
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !isPrivate(m));
        }
      }
      const byPath = new Map(modules.map((m) => [m.path, m]));
      const reached = new Set();
      const visit = (path) => {
        const module = byPath.get(path);
        if (!module || reached.has(path)) return;
        reached.add(path);
        for (const e of module.exports ?? []) if (e.declaration?.module) visit(e.declaration.module);
      };
      ENTRY_MODULES.forEach(visit);
      customElementsManifest.modules = modules.filter((m) => reached.has(m.path));
    },
  };
}

export default {
  plugins: [shippedManifest()],
};
