// `npm run check:rewrites`: the D3 modules the bundle rewrites so that esbuild can leave out what the timeline does
// not use (d3-time, d3-ease, d3-interpolate and d3-color, see the pure-* plugins of scripts/build.mjs, and the
// transitions' tweens, see without-d3-transition-tweens) must still do what they did. Builds one program that calls
// their exports, unused ones included, twice (with and without the rewrites), runs both in Node, and fails when their
// results differ, when a transition method left out does not say so, or when a rewrite left nothing out.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ROOT, UNUSED_TRANSITION_METHODS, bundleOptions } from './build.mjs';

const PROGRAM = `
import { color, cubehelix, gray, hcl, hsl, lab, lch, rgb } from 'd3-color';
import * as interpolate from 'd3-interpolate';
import * as ease from 'd3-ease';
import * as time from 'd3-time';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
const out = [];
const say = (name, value) => out.push(name + ' ' + (typeof value === 'object' && value !== null && !Array.isArray(value) ? String(value) : JSON.stringify(value)));
for (const c of ['steelblue', '#abc', 'hsl(120, 50%, 40%)', 'rgba(10, 20, 30, 0.5)', 'nonsense']) {
  say('color ' + c, color(c));
  for (const [name, space] of Object.entries({ rgb, hsl, lab, hcl, lch: (x) => lch(x), cubehelix })) say(name + ' ' + c, space(c));
  say('lab→rgb ' + c, lab(c).rgb());
  say('hcl→rgb ' + c, hcl(c).rgb());
  say('cubehelix→rgb ' + c, cubehelix(c).rgb());
}
say('gray', gray(40).rgb());
for (const [name, f] of Object.entries(interpolate)) {
  if (!/^interpolate(Rgb|Hsl|HslLong|Lab|Hcl|HclLong|Cubehelix|CubehelixLong|String|Number|Round|Hue)$/.test(name)) continue;
  const from = /Number|Round|Hue/.test(name) ? 10 : name === 'interpolateString' ? '10px 20px' : 'red';
  const to = /Number|Round|Hue/.test(name) ? 350 : name === 'interpolateString' ? '30px 5px' : 'steelblue';
  say(name, [0, 0.25, 0.5, 1].map((t) => String(f(from, to)(t))));
}
say('interpolateRgbBasis', [0, 0.5, 1].map(interpolate.interpolateRgbBasis(['red', 'green', 'blue'])));
say('interpolateZoom', interpolate.interpolateZoom([0, 0, 100], [50, 0, 10])(0.5).map((v) => Math.round(v * 1000) / 1000));
for (const [name, f] of Object.entries(ease)) if (typeof f === 'function') say(name, [0.1, 0.5, 0.9].map((t) => Math.round(f(t) * 1e6) / 1e6));
const a = new Date(Date.UTC(2011, 2, 15)), b = new Date(Date.UTC(2017, 0, 23));
for (const name of ['utcDay', 'utcWeek', 'utcMonth', 'utcYear', 'utcHour', 'utcMinute', 'timeMonth']) say(name, time[name].range(a, b).length);
say('utcTicks', time.utcTicks(a, b, 10).map((d) => d.toISOString()));
// A zoom eased over a transition, as the timeline's keys and buttons run it, on a node that is never drawn.
const node = {};
const events = [];
const behaviour = zoom().extent([[0, 0], [800, 100]]).scaleExtent([1, 64]).on('start end', (e) => events.push(e.type)).on('zoom', (e) => (events.at(-1) === 'zoom' || events.push('zoom')));
const transition = select(node).transition('timeline-zoom').duration(30);
const ends = transition.end();
behaviour.scaleBy(transition, 4, [200, 0]);
await ends;
say('zoom eased', [events, String(node.__zoom)]);
behaviour.transform(select(node), zoomIdentity.translate(-100, 0).scale(2));
say('zoom at once', String(node.__zoom));
console.log(out.join('\\n'));
`;

/** The program built with `plugins`, minified as the bundle is; returns its output when run, and its size. */
let runs = 0;
async function run(plugins, program = PROGRAM) {
  const result = await esbuild.build({
    stdin: { contents: program, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const dir = join(ROOT, 'node_modules/.cache/check-rewrites');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `program-${plugins.length ? 'rewritten' : 'plain'}-${process.pid}-${++runs}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  const lines = [];
  const log = console.log;
  console.log = (text) => lines.push(text);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    console.log = log;
    rmSync(file, { force: true });
  }
  return lines.join('\n');
}

const rewrites = bundleOptions().plugins.filter((plugin) => plugin.name.startsWith('pure-') || plugin.name === 'without-d3-transition-tweens');
if (rewrites.length < 5) throw new Error(`check:rewrites: expected the five rewrites of D3, found ${rewrites.map((p) => p.name)}`);
const [plain, rewritten] = [await run([]), await run(rewrites)];
if (plain !== rewritten) {
  const a = plain.split('\n');
  const b = rewritten.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  console.error(`check:rewrites: the rewritten D3 modules differ, first at:\n  plain:     ${a[i]}\n  rewritten: ${b[i]}`);
  process.exit(1);
}

// A transition method the bundle leaves out is still a function, and says why when called.
const LEFT_OUT = `
import { select } from 'd3-selection';
import 'd3-transition';
const t = select({}).transition();
for (const name of ${JSON.stringify(UNUSED_TRANSITION_METHODS)}) {
  try { t[name]('x'); console.log(name + ' ran'); } catch (error) { console.log(name + ': ' + error.message); }
}`;
const said = (await run(rewrites, LEFT_OUT)).split('\n');
const silent = UNUSED_TRANSITION_METHODS.filter((name) => !said.includes(`${name}: d3-transition's ${name} is not in this bundle: its transitions only ease the zoom`));
if (silent.length) {
  console.error(`check:rewrites: these transition methods do not say they were left out: ${silent.join(', ')}\n${said.join('\n')}`);
  process.exit(1);
}

// And a program that uses none of the colour spaces and interpolators the timeline leaves out must be smaller.
const SMALL = `import { interpolate, interpolateZoom } from 'd3-interpolate'; import { select } from 'd3-selection'; import 'd3-transition';
console.log(String(interpolate('red', 'blue')(0.5)), interpolateZoom([0, 0, 1], [1, 0, 2])(0.5), typeof select({}).transition().end);`;
const size = async (plugins) => {
  const r = await esbuild.build({ stdin: { contents: SMALL, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent', plugins });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
};
const [before, after] = [await size([]), await size(rewrites)];
if (after >= before - 500) {
  console.error(`check:rewrites: the rewrites leave out too little (${before} → ${after} bytes gzip); did d3's layout change?`);
  process.exit(1);
}
console.log(`check:rewrites: ${plain.split('\n').length} results of d3-color, d3-interpolate, d3-ease, d3-time and a zoom's transition alike with and without the rewrites; ${UNUSED_TRANSITION_METHODS.length} transition methods left out say so; a program using neither unused colour spaces, interpolators nor tweens is ${before} → ${after} bytes gzip`);
