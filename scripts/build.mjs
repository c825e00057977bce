// `npm run build`: the published files in dist/.
//
//   1. dist/ is emptied.
//   2. tsc -p tsconfig.build.json: one ES module + .d.ts per file of src/ (tests excluded), for
//      bundlers and TypeScript users (package.json "exports": ".", "./data", "./event-timeline", "./extract", "./react",
//      "./jsx"; the `syria-timeline` command, bin/syria-timeline.js, runs dist/extract/index.js).
//   3. esbuild: src/bundle.ts as one self-contained, minified ES module with Lit, the d3 modules and date-fns
//      inside, for a plain <script type="module"> ("exports": "./bundle"). Lit's production build
//      is picked (no dev-mode warnings); no source map, to keep the package small.
//   4. dist/syria-timeline.html: the article's events as an HTML list inside an <event-timeline>, a page that
//      reads without JavaScript and draws the timeline with it (from the compiled data modules of step 2).
//
// Prints every output file with its size and gzip size; exits non-zero on any error.
// scripts/size.mjs imports bundleOptions() from here to measure the same bundle unminified.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const BUNDLE_ENTRY = join(ROOT, 'src/bundle.ts');
export const BUNDLE_FILE = join(DIST, 'syria-timeline.bundle.js');

/**
 * The files under dist/ that package.json "exports" promise and tsc writes, relative to dist/: every target of every
 * condition, except the files esbuild builds next to the bundle (`syria-timeline.*.js`).
 */
const PACKAGE_ENTRIES = [
  ...new Set(
    Object.values(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports)
      .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
      .filter((path) => path.startsWith('./dist/') && !path.startsWith('./dist/syria-timeline.'))
      .map((path) => path.slice('./dist/'.length)),
  ),
];

/**
 * Our own code that the bundle loads only when it is needed, each a file of its own next to the bundle: what it
 * takes to load `src` (fetching, telling the format, the CSV, TimelineJS and vis-timeline readers, the wording of JSON errors),
 * the article's dataset, which only `<syria-timeline>` draws (in English: see {@link syriaLanguagesAsSiblings}), the parts of a timeline drawn after its chart
 * (detail panel, list view, key map, notice, status, overview), the page-address bookmark, and the timeline drawn out of sight to warm up a page (fetched as the bundle loads, drawn when the page is idle). `module` matches the path as the importer writes it.
 */
export const SIBLINGS = [
  { entry: join(ROOT, 'src/data/other-formats.ts'), file: join(DIST, 'syria-timeline.formats.js'), module: /other-formats\.js$/ },
  { entry: join(ROOT, 'src/data/syria-article.ts'), file: join(DIST, 'syria-timeline.syria-events.js'), module: /syria-article\.js$/ },
  { entry: join(ROOT, 'src/elements/templates/deferred.ts'), file: join(DIST, 'syria-timeline.parts.js'), module: /templates\/deferred\.js$/ },
  { entry: join(ROOT, 'src/controllers/bookmark-controller.ts'), file: join(DIST, 'syria-timeline.bookmark.js'), module: /bookmark-controller\.js$/ },
  { entry: join(ROOT, 'src/elements/warm-up-draw.ts'), file: join(DIST, 'syria-timeline.warm-up.js'), module: /warm-up-draw\.js$/ },
];

/**
 * Leaves the bundle's dynamic imports of {@link SIBLINGS} as imports of the files built next to it, resolved against
 * the bundle's own URL at run time. Only dynamic imports: a static one would not be lazy, and stays in the bundle.
 */
function siblings() {
  return {
    name: 'siblings',
    setup(build) {
      for (const { file, module } of SIBLINGS) {
        build.onResolve({ filter: module }, (args) =>
          args.kind === 'dynamic-import' ? { path: `./${relative(DIST, file)}`, external: true } : undefined,
        );
      }
    },
  };
}

/**
 * Lit, and the D3 modules of gestures (d3-selection, d3-transition, d3-drag, d3-dispatch, d3-interpolate), as the
 * bundle holds them: a sibling that draws imports them from the bundle, whose URL makes them the same module
 * instances, rather than carrying second copies (d3-brush in the parts then adds only itself). Our dates in words
 * (src/data/date-words.ts, with date-fns under it) are taken from the bundle in the same way. The bundle re-exports
 * what siblings use (src/bundle.ts), and {@link checkSiblingImports} fails the build when a sibling needs a name the
 * bundle does not export.
 */
function litFromBundle() {
  const fromBundle = () => ({ path: `./${relative(DIST, BUNDLE_FILE)}`, external: true });
  return {
    name: 'lit-from-bundle',
    setup(build) {
      build.onResolve({ filter: /^(lit|lit-html|lit-element|@lit\/reactive-element|d3-(dispatch|drag|interpolate|selection|transition))(\/.*)?$/ }, fromBundle);
      build.onResolve({ filter: /(^|\/)date-words\.js$/ }, fromBundle);
    },
  };
}

/** Fails when a sibling imports from the bundle a name that the bundle does not export. */
function checkSiblingImports(bundleExports) {
  const bundleName = relative(DIST, BUNDLE_FILE).replace(/\./g, '\\.');
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${bundleName}["']`, 'g');
  for (const { file } of SIBLINGS) {
    for (const [, names] of readFileSync(file, 'utf8').matchAll(pattern)) {
      const missing = names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter((n) => n && !bundleExports.includes(n));
      if (missing.length) throw new Error(`${relative(ROOT, file)} imports ${missing.join(', ')} from the bundle, which does not export it`);
    }
  }
}

/** The dictionaries other than English, each a file of its own next to the bundle, loaded when first used. */
export const LOCALES = ['ar', 'fa', 'tr', 'ru', 'fr', 'de', 'es'];
const localeEntry = (lang) => join(ROOT, `src/i18n/${lang}.ts`);
const localeFile = (lang) => join(DIST, `syria-timeline.locale-${lang}.js`);

/** Leaves the bundle's dynamic imports of the dictionaries as imports of the files built next to it. */
function localesAsSiblings() {
  const pattern = new RegExp(`^\\./(${LOCALES.join('|')})\\.js$`);
  return {
    name: 'locales-as-siblings',
    setup(build) {
      build.onResolve({ filter: pattern }, (args) =>
        /[\\/]src[\\/]i18n[\\/]index\.ts$/.test(args.importer)
          ? { path: `./syria-timeline.locale-${pattern.exec(args.path)[1]}.js`, external: true }
          : undefined,
      );
    },
  };
}

/**
 * The article's events in each language but English (`src/data/syria-translations/ar.ts`…), each a file of its own
 * next to the bundle (`syria-timeline.syria-events-ar.js`…), which the dataset's file imports when `<syria-timeline>`
 * is shown in that language: all seven would weigh four times as much as the dataset itself.
 */
const syriaLanguageEntry = (lang) => join(ROOT, `src/data/syria-translations/${lang}.ts`);
const syriaLanguageFile = (lang) => join(DIST, `syria-timeline.syria-events-${lang}.js`);

/** Leaves the dataset's dynamic imports of its translations as imports of the files built next to it. */
function syriaLanguagesAsSiblings() {
  const pattern = new RegExp(`^\\./syria-translations/(${LOCALES.join('|')})\\.js$`);
  return {
    name: 'syria-languages-as-siblings',
    setup(build) {
      build.onResolve({ filter: pattern }, (args) =>
        args.kind === 'dynamic-import' ? { path: `./${relative(DIST, syriaLanguageFile(pattern.exec(args.path)[1]))}`, external: true } : undefined,
      );
    },
  };
}

/**
 * Takes out what esbuild leaves inside template literals of our sources: the indentation after each line break in
 * Lit's html and svg templates (a line break and its indentation are the same whitespace to HTML and SVG), in svg
 * templates the line breaks between tags and parts, and in the css of style modules (`*.styles.ts`, `*-styles.ts`)
 * also comments, the spaces around `{ } ; , >` and those after `:` (no selector has a space after its colons).
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
        let contents = mapTemplateText(readFileSync(path, 'utf8'), (tag, text) => {
          text = text.replace(/\n[ \t]+/g, '\n');
          // SVG draws no text outside <text>, where ours has none on lines of its own: a line break between a tag or
          // a part and the next would only make a text node in every copy of the template.
          return tag === 'svg' ? text.replace(/([>}])\n(?=[<$])/g, '$1') : text;
        });
        if (/[.-]styles\.ts$/.test(path)) {
          contents = contents.replace(/css`([^`]*)`/g, (_, body) => {
            const css = body
              .replace(/\/\*[^]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,>])\s*/g, '$1')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}');
            return `css\`${css.trim()}\``;
          });
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * `source` with the static text of each `html` and `svg` template in it (nested ones too) passed through
 * `edit(tag, text)`. The text is given with a `}` before it where an expression ends there and a `$` after it where
 * one begins, so that an edit can see the parts around it; the edit keeps them. The code is scanned for what can
 * hold a backtick that opens no template (strings, comments, regular expressions), and the braces of each
 * expression are counted to find its end: a template inside another's expression is found, and so is the rest of
 * the outer one.
 */
export function mapTemplateText(source, edit) {
  let out = '';
  let i = 0;
  /** The code from `i` to the `}` that closes an expression (`inExpression`), or to the end. */
  const code = (inExpression) => {
    let depth = 0;
    let start = i;
    let last = '';
    while (i < source.length) {
      const c = source[i];
      if (c === '`') {
        const tag = /(?<![\w$.])(html|svg)$/.exec(source.slice(Math.max(0, i - 5), i))?.[1];
        out += source.slice(start, ++i);
        template(tag);
        start = i;
        last = '`';
        continue;
      }
      if (c === "'" || c === '"') {
        for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      } else if (c === '/' && source[i + 1] === '/') {
        i = source.indexOf('\n', i);
        if (i < 0) i = source.length;
        continue;
      } else if (c === '/' && source[i + 1] === '*') {
        i = source.indexOf('*/', i + 2) + 2;
        continue;
      } else if (c === '/' && (/^$|[(,=:[!&|?{};+\-*%<>~^]/.test(last) || /\breturn\s*$/.test(source.slice(Math.max(0, i - 8), i)))) {
        // A regular expression: its end is the first `/` outside a character class.
        let inClass = false;
        for (i++; i < source.length && (inClass || source[i] !== '/'); i++) {
          if (source[i] === '\\') i++;
          else if (source[i] === '[') inClass = true;
          else if (source[i] === ']') inClass = false;
        }
      } else if (c === '{') {
        depth++;
      } else if (c === '}') {
        if (inExpression && depth === 0) {
          out += source.slice(start, i);
          return;
        }
        depth--;
      }
      if (!/\s/.test(c)) last = c;
      i++;
    }
    out += source.slice(start, i);
  };
  /** A template literal from after its opening backtick to after its closing one; `tag` when it is html or svg. */
  const template = (tag) => {
    let afterExpression = false;
    for (let start = i; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        i++;
      } else if (c === '`' || (c === '$' && source[i + 1] === '{')) {
        const expression = c === '$';
        let text = source.slice(start, i);
        if (tag) {
          const edited = edit(tag, `${afterExpression ? '}' : ''}${text}${expression ? '$' : ''}`);
          text = edited.slice(afterExpression ? 1 : 0, expression ? -1 : undefined);
        }
        out += text;
        if (!expression) {
          out += '`';
          i++;
          return;
        }
        out += '${';
        i += 2;
        code(true);
        out += '}';
        start = i + 1;
        afterExpression = true;
      }
    }
  };
  code(false);
  return out;
}

/**
 * d3-time ships as one file whose top-level calls (`timeInterval(…)`, `ticker(…)`) esbuild must assume have side
 * effects, so every interval, the tick helpers and the part of d3-array they use would all be bundled. The calls
 * only build objects: marking them pure lets esbuild keep just the intervals the axis uses. The ticker pairs are
 * destructured and the `…s` ranges read a property, which esbuild also keeps; each becomes a pure call of its own.
 */
function pureD3Time() {
  return rewriteOnLoad(
    'pure-d3-time',
    /[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/,
    (source) =>
      source
        .replace(/^const \[(\w+), (\w+)\] = (ticker\([^)]*\));$/gm, (_, a, b, call) =>
          `const ${a} = /* @__PURE__ */ (() => ${call}[0])(), ${b} = /* @__PURE__ */ (() => ${call}[1])();`,
        )
        .replace(/^(const \w+ = )(?=(?:timeInterval|timeWeekday|utcWeekday)\()/gm, '$1/* @__PURE__ */ ')
        .replace(/^const (\w+) = (\w+\.range);$/gm, 'const $1 = /* @__PURE__ */ (() => $2)();'),
    (contents) => contents.includes('(() => ticker(') && contents.includes('/* @__PURE__ */ timeInterval('),
  );
}

/**
 * d3-ease builds its configurable easings (poly, back, elastic) with top-level calls such as
 * `var polyIn = (function custom(e) { … })(exponent)`, which esbuild must assume have side effects, so every easing
 * would be bundled although d3-transition uses one (cubic). The calls only build functions: marking them pure lets
 * esbuild keep what is used.
 */
function pureD3Ease() {
  return rewriteOnLoad(
    'pure-d3-ease',
    /[\\/]d3-ease[\\/]dist[\\/]d3-ease\.mjs$/,
    (source) => source.replace(/= \(function custom\(/g, '= /* @__PURE__ */ (function custom('),
    (contents) => contents.includes('/* @__PURE__ */ (function custom('),
  );
}

/**
 * d3-interpolate ships as one file that makes its interpolators of colour spaces and splines with top-level calls
 * (`var hsl_default = hsl(hue$1)`, `var rgb = (function rgbGamma(y) { … })(1)`), which esbuild must assume have side
 * effects, so the HSL, HCL and Cubehelix interpolators and the RGB splines would be bundled although the zoom and
 * transitions use none of them. The calls only build functions: marking them pure lets esbuild keep what is used.
 */
function pureD3Interpolate() {
  return rewriteOnLoad(
    'pure-d3-interpolate',
    /[\\/]d3-interpolate[\\/]dist[\\/]d3-interpolate\.mjs$/,
    (source) =>
      source
        .replace(/^(var \w+ = )(?=\w+\()/gm, '$1/* @__PURE__ */ ')
        .replace(/^(var \w+ = )(?=\(function \w+\()/gm, '$1/* @__PURE__ */ '),
    (contents) => contents.includes('= /* @__PURE__ */ hsl(') && contents.includes('= /* @__PURE__ */ (function rgbGamma('),
  );
}

/**
 * d3-color ships as one file whose colour spaces are each set up by a top-level `define(…)` call, which esbuild must
 * keep, so CIELAB, HCL and Cubehelix (and their maths) would be bundled although only RGB and HSL are ever parsed (a
 * transition's colours, which the timeline never tweens). Those three spaces come last in the file: their code is
 * wrapped, as it is, in one function call marked pure, whose results are read (each in a pure call of its own) as
 * the names the file exports, so that esbuild leaves the whole stretch out when nothing uses them.
 */
function pureD3ColorSpaces() {
  const first = 'const radians = Math.PI / 180;';
  const spaces = ['lab', 'hcl', 'lch', 'gray', 'cubehelix'];
  return rewriteOnLoad(
    'pure-d3-color-spaces',
    /[\\/]d3-color[\\/]dist[\\/]d3-color\.mjs$/,
    (source) => {
      const start = source.indexOf(first);
      const end = source.lastIndexOf('export {');
      if (start < 0 || end < start) return source;
      const names = spaces.map((name) => `${name}: ${name}`).join(', ');
      const reads = spaces.map((name) => `${name} = /* @__PURE__ */ (() => spaces.${name})()`).join(', ');
      return `${source.slice(0, start)}const spaces = /* @__PURE__ */ (() => {
${source.slice(start, end)}return { ${names} };
})();
const ${reads};
${source.slice(end)}`;
    },
    (contents) => contents.includes('const spaces = /* @__PURE__ */ (() => {'),
  );
}

/**
 * d3-transition puts every method of a transition on its prototype, so a bundler keeps them all: the tweens of
 * attributes, styles and text pull in the parsing of colours and of SVG and CSS transforms. The timeline's
 * transitions only ease the zoom (d3-zoom's own tween), and no transition of the bundle's D3 is reachable from a
 * page. In the bundle, the methods that select, filter, merge, remove or tween anything but the zoom are functions
 * that say so if they are ever called (about 2 kB gzip less); the package's `dist/` for bundlers keeps them.
 */
export const UNUSED_TRANSITION_METHODS = [
  'select', 'selectAll', 'filter', 'merge', 'attr', 'attrTween', 'style', 'styleTween', 'text', 'textTween', 'remove', 'easeVarying',
];
function withoutD3TransitionTweens() {
  const method = (name) => new RegExp(`^  ${name}: \\w+,$`, 'm');
  return rewriteOnLoad(
    'without-d3-transition-tweens',
    /[\\/]d3-transition[\\/]dist[\\/]d3-transition\.mjs$/,
    (source) =>
      UNUSED_TRANSITION_METHODS.reduce(
        (text, name) => text.replace(method(name), `  ${name}: unusedTransitionMethod(${JSON.stringify(name)}),`),
        source,
      ) +
      `
function unusedTransitionMethod(name) {
  return () => { throw new Error('d3-transition\\'s ' + name + ' is not in this bundle: its transitions only ease the zoom'); };
}
`,
    (contents) => UNUSED_TRANSITION_METHODS.every((name) => contents.includes(`  ${name}: unusedTransitionMethod(`)),
  );
}

/**
 * An esbuild plugin that loads the files matching `filter` as `rewrite` makes them, and fails the build when
 * `applies` finds that the rewrite no longer marks what it should (the package's layout changed).
 */
function rewriteOnLoad(name, filter, rewrite, applies) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, ({ path }) => {
        const contents = rewrite(readFileSync(path, 'utf8'));
        if (!applies(contents)) {
          throw new Error(`${path}: its layout changed, so ${name} no longer applies; update the plugin`);
        }
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * d3-scale builds its default tick formats with d3-time-format (American English, 9 kB) whenever a time scale is made.
 * The timeline names its ticks and dates with date-fns, and never asks a scale for `tickFormat()`: the bundle gives
 * d3-scale formats that say so if they are ever applied, in place of the whole d3-time-format locale.
 */
function withoutD3TimeFormat() {
  return {
    name: 'without-d3-time-format',
    setup(build) {
      build.onResolve({ filter: /^d3-time-format$/ }, () => ({ path: 'd3-time-format', namespace: 'no-d3-time-format' }));
      build.onLoad({ filter: /.*/, namespace: 'no-d3-time-format' }, () => ({
        contents: `const unused = () => () => { throw new Error('d3-time-format is not in this bundle: dates are formatted with date-fns'); };
export { unused as timeFormat, unused as utcFormat };`,
        loader: 'js',
      }));
    },
  };
}

/**
 * A date-fns locale holds, beside what `format` uses (`localize`, `formatLong`), the patterns with which `parse`
 * reads dates in its language (`match`) and the words of `formatDistance` and `formatRelative`. The timeline writes
 * dates with `format` and never parses one with date-fns, nor says a distance between two: in the bundle, English's
 * three unused parts are functions that say so if they are ever called (about 1.3 kB gzip less). The dictionaries
 * loaded later keep their locales whole, and so does the package's `dist/` for bundlers.
 */
function withoutDateFnsParsing() {
  const filter = /[\\/]date-fns[\\/]locale[\\/]en-US[\\/]_lib[\\/](match|formatDistance|formatRelative)\.js$/;
  const unused = (name) =>
    `const unused = () => { throw new Error('date-fns ${name} is not in this bundle: it only formats dates'); };`;
  const stubs = {
    match: `${unused('parse')}
export const match = { ordinalNumber: unused, era: unused, quarter: unused, month: unused, day: unused, dayPeriod: unused };`,
    formatDistance: `${unused('formatDistance')}\nexport const formatDistance = unused;`,
    formatRelative: `${unused('formatRelative')}\nexport const formatRelative = unused;`,
  };
  return {
    name: 'without-date-fns-parsing',
    setup(build) {
      const left = new Set(Object.keys(stubs));
      build.onStart(() => Object.keys(stubs).forEach((part) => left.add(part)));
      build.onLoad({ filter }, ({ path }) => {
        const part = filter.exec(path)[1];
        left.delete(part);
        return { contents: stubs[part], loader: 'js' };
      });
      // The bundle formats with English: when none of these parts was met, date-fns's layout changed.
      build.onEnd((result) => {
        if (!result.errors.length && left.size === Object.keys(stubs).length) {
          result.errors.push({ text: 'without-date-fns-parsing: date-fns/locale/en-US/_lib/ changed; update the plugin' });
        }
      });
    },
  };
}

/**
 * date-fns's `format` holds a formatter for each of its 33 pattern letters: week-numbering years, ISO weeks, days of
 * the year, quarters, hours, day periods, time zones. The timeline writes its dates with four of them, the day, the
 * month (`M`, `L`) and the year, as `FORMAT_TOKENS` in src/data/format-date.ts lists, and a test checks every pattern
 * of every dictionary against that list. In the bundle, the other letters are a function that says so if a pattern
 * ever uses one (about 1.5 kB gzip less, and the helpers only they use). The package's `dist/` keeps date-fns whole.
 */
function onlyTheFormatTokensWeWrite() {
  const source = readFileSync(join(ROOT, 'src/data/format-date.ts'), 'utf8');
  const listed = /export const FORMAT_TOKENS: readonly string\[\] = \[([^\]]*)\];/.exec(source);
  if (!listed) throw new Error('src/data/format-date.ts: FORMAT_TOKENS not found; update onlyTheFormatTokensWeWrite()');
  const kept = new Set(listed[1].split(',').map((token) => token.trim().replace(/^'|'$/g, '')));
  const entry = /^  ([A-Za-z]): function \(/;
  return rewriteOnLoad(
    'only-the-format-tokens-we-write',
    /[\\/]date-fns[\\/]_lib[\\/]format[\\/]formatters\.js$/,
    (contents) => {
      const lines = [];
      let skipping = false;
      for (const line of contents.split('\n')) {
        const letter = entry.exec(line)?.[1];
        if (letter && !kept.has(letter)) {
          lines.push(`  ${letter}: unusedToken,`);
          skipping = true;
        } else if (skipping) {
          skipping = line !== '  },';
        } else {
          lines.push(line);
        }
      }
      lines.push(`function unusedToken(date, token) {
  throw new RangeError('date-fns\\'s format token ' + token + ' is not in this bundle: its dates are written with ${[...kept].join(', ')}');
}`);
      return lines.join('\n');
    },
    (contents) =>
      [...kept].every((letter) => contents.includes(`  ${letter}: function (`)) &&
      /^  [A-Za-z]: unusedToken,$/m.test(contents),
  );
}

/**
 * Our classes' private members (`_name`, as the house style writes them; also d3's `_groups`, `_parents` and the like)
 * get short names in the bundle and its siblings: about 400 bytes gzip of the bundle. Lit's own (`_$…`, `__…`) and
 * d3's node properties (`__zoom`, `__data__`) do not match. Every build of {@link runEsbuild} shares one cache, so that
 * a sibling calls a member of an object from the bundle by the bundle's name for it. Nothing reads such a member by a
 * name in a string.
 */
const MANGLED = /^_[a-z]/;
const mangleCache = {};

/** esbuild options of the bundle; `overrides` lets scripts/size.mjs build an unminified copy in memory. */
export function bundleOptions(overrides = {}) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [BUNDLE_ENTRY],
    outfile: BUNDLE_FILE,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // esbuild reads useDefineForClassFields from this file only (it does not follow `extends`), and Lit's reactive
    // properties, declared as class fields, depend on it: a field is set through Lit's accessor, not defined over it.
    tsconfig: join(ROOT, 'tsconfig.json'),
    // Lit's package exports pick its development build under "development"; ask for production
    // explicitly so that a dependency's dev-only branch can never slip in.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // The BSD-3/ISC notices of Lit and d3 stay, collected once at the end of the file.
    legalComments: 'eof',
    sourcemap: false,
    logLevel: 'warning',
    plugins: [siblings(), localesAsSiblings(), minifyTemplates(), pureD3Time(), pureD3Ease(), pureD3Interpolate(), pureD3ColorSpaces(), withoutD3TimeFormat(), withoutDateFnsParsing(), onlyTheFormatTokensWeWrite(), withoutD3TransitionTweens()],
    // No compile hint (`//# allFunctionsCalledOnLoad`): V8 would compile every function as the file loads, the 42% of
    // the bundle's code that a first render never runs included, and the import would take half as long again. A page
    // that makes its timeline once idle has the code compiled by the warm-up (src/elements/warm-up.ts) instead.
    mangleProps: MANGLED,
    mangleCache,
    ...overrides,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function runTsc() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${result.status})`);
  const missing = PACKAGE_ENTRIES.filter((p) => !existsSync(join(DIST, p)));
  if (missing.length) {
    throw new Error(`tsc did not emit ${missing.map((p) => `dist/${p}`).join(', ')} (package.json "exports" needs them)`);
  }
}

async function runEsbuild() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build(bundleOptions({ metafile: true }));
  if (result.errors.length) throw new Error('esbuild failed');
  const shareNames = (built) => Object.assign(mangleCache, built.mangleCache);
  shareNames(result);
  const plugins = [litFromBundle(), syriaLanguagesAsSiblings(), minifyTemplates()];
  for (const { entry, file } of SIBLINGS) {
    const sibling = await esbuild.build(bundleOptions({ entryPoints: [entry], outfile: file, plugins, banner: {} }));
    if (sibling.errors.length) throw new Error(`esbuild failed on ${relative(ROOT, entry)}`);
    shareNames(sibling);
  }
  checkSiblingImports(result.metafile.outputs[relative(ROOT, BUNDLE_FILE)].exports);
  for (const lang of LOCALES) {
    const locale = await esbuild.build(
      bundleOptions({ entryPoints: [localeEntry(lang)], outfile: localeFile(lang), plugins: [], banner: {} }),
    );
    if (locale.errors.length) throw new Error(`esbuild failed on the ${lang} dictionary`);
    shareNames(locale);
    const texts = await esbuild.build(
      bundleOptions({ entryPoints: [syriaLanguageEntry(lang)], outfile: syriaLanguageFile(lang), plugins: [], banner: {} }),
    );
    if (texts.errors.length) throw new Error(`esbuild failed on the article's events in ${lang}`);
    shareNames(texts);
  }
}

/** `dist/syria-timeline.html`: the article's events as an HTML list, readable without JavaScript, drawn with it. */
export const ARTICLE_PAGE = join(DIST, 'syria-timeline.html');

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Writes {@link ARTICLE_PAGE} from the compiled data modules: a page whose `<event-timeline>` holds the article's
 * events as a list (`eventsToHtml`), which reads as ordinary content without JavaScript, and which the bundle next to
 * it draws as the timeline.
 */
async function writeArticlePage() {
  const data = await import(pathToFileURL(join(DIST, 'data/index.js')).href);
  const { syriaArticle: article, syriaEvents: events } = data;
  const published = data.parseEdtf(article.published);
  const date = published.ok ? data.describeDate(published.value) : article.published;
  const title = escapeHtml(article.title);
  const list = data.eventsToHtml(events, { headingLevel: 2 }).replace(/^/gm, '  ');
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: the events</title>
<script type="module" src="./syria-timeline.bundle.js"></script>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; }
  event-timeline:not(:defined) li { margin-block-end: 1.5rem; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>The ${events.length} events of the article published on ${escapeHtml(date)}, each with the sentence it comes from.</p>
<event-timeline label="${title}">
${list}
</event-timeline>
</body>
</html>
`;
  writeFileSync(ARTICLE_PAGE, page);
}

function printSizes() {
  const rows = listFiles(DIST)
    .sort()
    .map((file) => {
      const bytes = readFileSync(file);
      return { name: relative(ROOT, file), size: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(width)}  ${kB(r.size).padStart(9)}  ${kB(r.gzip).padStart(9)} gzip`);
  }
  const total = rows.reduce((t, r) => ({ size: t.size + r.size, gzip: t.gzip + r.gzip }), { size: 0, gzip: 0 });
  console.log(`  ${`${rows.length} files`.padEnd(width)}  ${kB(total.size).padStart(9)}  ${kB(total.gzip).padStart(9)} gzip`);
}

async function main() {
  const started = Date.now();
  rmSync(DIST, { recursive: true, force: true });
  runTsc();
  await runEsbuild();
  await writeArticlePage();
  printSizes();
  console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`build: ${error.message}`);
    process.exit(1);
  });
}
