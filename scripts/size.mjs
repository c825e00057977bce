// `npm run size`: how much the self-contained bundle weighs, against a budget (after `npm run build`).
//
//   raw       the same bundle built unminified (in memory, to show what minification saves)
//   minified  dist/syria-timeline.bundle.js as published
//   gzip      that file gzipped at zlib level 9: roughly what a browser downloads, against the budget
//   by package  each library's share of the minified bundle, and our own (esbuild's metafile)
//
// Sizes are in kB of 1000 bytes. Writes the numbers to dist/size.json and exits 1 over budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_FILE, DIST, ROOT, bundleOptions } from './build.mjs';

/**
 * Gzip budget of dist/syria-timeline.bundle.js in bytes: Lit, the d3 modules and date-fns, plus our code that
 * draws, zooms, selects and reads. What is not needed for that loads lazily from files next to the bundle. Raise it
 * only on purpose, saying why in the commit message.
 *
 * 68,000 (from 66,000): problems in the data summed up by kind (`summarizeIssues`, issue codes), with the issues of
 * 100,000 events made only when read; about 2.4 kB gzip, which the timeline needs as soon as data comes in.
 *
 * 69,000 (from 68,000): events in the reader's language: the checks of `translations` and `source.lang` and
 * `translateEvents`, and `<syria-timeline>` loading the translation of its language: about 1.1 kB gzip. The bundle
 * exports `validateEvents`, which checks translations, and a timeline draws translated data in the reader's language
 * from its first frame, so neither can load later.
 *
 * 68,500 (from 69,000): what the reader does with a drawn chart (`TimelineActions`: choosing, stepping, clusters,
 * folds, the keys' actions) loads with the deferred parts, after the first frame.
 *
 * 67,500 (from 68,500): English's date-fns locale without the parts that only `parse`, `formatDistance` and
 * `formatRelative` use (see withoutDateFnsParsing in scripts/build.mjs), and d3-interpolate's top-level calls marked
 * pure (pureD3Interpolate), so that the colour and spline interpolators nothing calls are left out.
 *
 * 65,500 (from 67,000): d3-color's CIELAB, HCL and Cubehelix spaces, which nothing uses, left out too
 * (pureD3ColorSpaces); `npm run check:rewrites` checks that the rewritten modules still give the same results.
 *
 * 65,800 (from 65,500): the list view's styles come with the bundle, as its template does (an open list on a narrow
 * screen, and a server's list, are styled from their first frame), about 0.2 kB; and a zoom over few marks is left
 * to the SVG (MotionCanvas.minMarks).
 *
 * 64,000 (from 65,800), the issue's target: the transition methods that tween attributes, styles and text, with the
 * parsing of colours and transforms they bring, left out (see withoutD3TransitionTweens in scripts/build.mjs): the
 * timeline's transitions only ease the zoom.
 */
const GZIP_BUDGET_BYTES = 64_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const name = relative(ROOT, BUNDLE_FILE);

if (!existsSync(BUNDLE_FILE)) {
  console.error(`size: ${name} is missing: run npm run build`);
  process.exit(1);
}

const bundle = readFileSync(BUNDLE_FILE);
const minifiedBytes = bundle.length;
const gzipBytes = gzipSync(bundle, { level: 9 }).length;

let rawBytes = null;
/** Minified bytes of the bundle by package (our own code as `syria-timeline`), from esbuild's metafile. */
let shares = null;
try {
  const esbuild = await import('esbuild');
  const result = await esbuild.build(bundleOptions({ minify: false, write: false, logLevel: 'silent' }));
  rawBytes = result.outputFiles[0].contents.length;
  const minified = await esbuild.build(bundleOptions({ write: false, metafile: true, logLevel: 'silent' }));
  const output = minified.metafile.outputs[relative(ROOT, BUNDLE_FILE)];
  shares = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'syria-timeline';
    shares.set(pkg, (shares.get(pkg) ?? 0) + bytesInOutput);
  }
} catch (error) {
  console.warn(`size: could not build the unminified bundle (${error.message.split('\n')[0]})`);
}

const withinBudget = gzipBytes <= GZIP_BUDGET_BYTES;
console.log(`size: ${name}`);
console.log(`  raw       ${rawBytes === null ? 'n/a' : kB(rawBytes)}`);
console.log(`  minified  ${kB(minifiedBytes)}`);
console.log(
  `  gzip      ${kB(gzipBytes)}  (budget ${kB(GZIP_BUDGET_BYTES)}, ${(100 * gzipBytes / GZIP_BUDGET_BYTES).toFixed(0)}% used)`,
);

if (shares) {
  console.log('  minified by package (esbuild metafile):');
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  for (const [pkg, bytes] of [...shares].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${pkg.padEnd(24)} ${kB(bytes).padStart(9)}  ${((100 * bytes) / total).toFixed(1).padStart(5)}%`);
  }
}

writeFileSync(
  join(DIST, 'size.json'),
  `${JSON.stringify({ file: name, rawBytes, minifiedBytes, gzipBytes, gzipBudgetBytes: GZIP_BUDGET_BYTES, minifiedByPackage: shares && Object.fromEntries(shares) }, null, 2)}\n`,
);

if (!withinBudget) {
  console.error(
    `size: ${name} is ${kB(gzipBytes)} gzipped, over the ${kB(GZIP_BUDGET_BYTES)} budget ` +
      `by ${gzipBytes - GZIP_BUDGET_BYTES} bytes (GZIP_BUDGET_BYTES in scripts/size.mjs)`,
  );
  process.exit(1);
}
