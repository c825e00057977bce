#!/usr/bin/env node
// The `syria-timeline` command. One subcommand for now:
//
//   syria-timeline extract <article.txt> --published YYYY-MM-DD [--title "…"] [--out events.json]
//
// It drafts timeline events from an English news text (extractEvents in dist/extract/index.js) and prints the JSON
// document { "events": [...] } on stdout, or writes it to --out; a review table goes to stderr.
// Exit codes: 0 done, 1 a file cannot be read or written (or the package is not built), 2 missing or bad arguments.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: syria-timeline extract <article.txt> --published YYYY-MM-DD [--title "…"] [--out events.json]

Drafts timeline events from an English news text and its publication day.
  <article.txt>       the text, plain UTF-8 ("-" reads standard input)
  --published, -p    the day the text was published, e.g. 2017-01-18 (required)
  --title, -t        the text's title, copied to each event's source
  --out, -o          write the JSON here instead of standard output
  --help, -h         show this help

The JSON document { "events": [...] } follows schema.json. A review table (date found, how it was resolved,
confidence, what to check) is written to standard error.`;

const ENTRY = new URL('../dist/extract/index.js', import.meta.url);

/** Stops with a message on stderr and an exit code (2: arguments, 1: files). */
function stop(code, message, usage = false) {
  process.stderr.write(`syria-timeline: ${message}\n${usage ? `\n${USAGE}\n` : ''}`);
  process.exit(code);
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string', short: 'p' },
        title: { type: 'string', short: 't' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    stop(2, error.message.split('\n')[0], true);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) stop(2, 'no command given', true);
  if (command !== 'extract') stop(2, `unknown command "${command}" (the only command is "extract")`, true);
  if (file === undefined) stop(2, 'no file given: name the text to read, or "-" for standard input', true);
  if (extra.length > 0) stop(2, `one file at a time (also got ${extra.map((e) => `"${e}"`).join(', ')})`, true);
  if (values.published === undefined) stop(2, 'the publication day is required: --published YYYY-MM-DD', true);
  if (values.title !== undefined && values.title.trim() === '') stop(2, 'the --title is empty', true);
  if (values.out !== undefined && values.out.trim() === '') stop(2, 'the --out file name is empty', true);

  if (!existsSync(ENTRY)) stop(1, 'the package is not built (dist/extract/index.js is missing): run `npm run build` first');
  const { extractEvents, formatReviewTable, ExtractError } = await import(ENTRY.href);
  const options = { published: values.published, ...(values.title !== undefined && { title: values.title }) };
  try {
    extractEvents('', options);
  } catch (error) {
    if (error instanceof ExtractError) stop(2, `--published: ${error.message}`);
    throw error;
  }

  let text;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const why = { ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[error.code] ?? error.message;
    stop(1, `cannot read ${file}: ${why}`);
  }

  const result = extractEvents(text, options);
  const json = `${JSON.stringify({ events: result.events }, null, 2)}\n`;
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, json);
    } catch (error) {
      stop(1, `cannot write ${values.out}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
    }
  } else {
    process.stdout.write(json);
  }
  const width = process.stderr.isTTY ? process.stderr.columns : 200;
  process.stderr.write(`${formatReviewTable(result, { width })}\n`);
  if (values.out !== undefined) process.stderr.write(`wrote ${result.events.length} draft events to ${values.out}\n`);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).catch((error) => stop(1, error.message));
