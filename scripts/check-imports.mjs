// `npm run check:imports`: fails when a file in src/ imports from a layer above its own. The layers, in order:
// data → extract → layout → i18n → controllers → elements (extract, the reader of news text, uses data only); each
// folder may import from those before it, never from those after. src/i18n may import layout for its types only
// (`import type`). Static imports, re-exports and dynamic `import()` are all checked; files at the top of src/ (the entry points) may import anything.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const LAYERS = ['data', 'extract', 'layout', 'i18n', 'controllers', 'elements'];
/** Layers a layer may import for types only, although they come before it. */
const TYPES_ONLY = { i18n: ['layout'] };
const IMPORT = /\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const layerOf = (file) => relative(SRC, file).split(sep)[0];
const problems = [];
for (const file of readdirSync(SRC, { recursive: true }).map((f) => join(SRC, f)).filter((f) => f.endsWith('.ts'))) {
  const layer = layerOf(file);
  if (!LAYERS.includes(layer)) continue;
  for (const [, type, path = '', dynamic = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = path || dynamic;
    if (!spec.startsWith('.')) continue;
    const target = layerOf(resolve(dirname(file), spec));
    if (!LAYERS.includes(target)) continue;
    const up = LAYERS.indexOf(target) > LAYERS.indexOf(layer);
    const typesOnly = TYPES_ONLY[layer]?.includes(target);
    if (up || (typesOnly && !type)) {
      problems.push(`  src/${relative(SRC, file)} imports '${spec}' (${layer} → ${target}${typesOnly ? ': types only' : ''})`);
    }
  }
}
if (problems.length) {
  console.error(`check:imports: ${problems.length} import(s) break the layers (${LAYERS.join(' → ')}):`);
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('check:imports: every import in src/ follows the layers');
