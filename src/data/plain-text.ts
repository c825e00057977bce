/** Elements whose content is never shown as text: it is dropped with them. */
const HIDDEN_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'object',
]);

/** Elements that start or end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul',
]);

/** Elements that separate words (table cells). */
const SEPARATORS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', times: '×', euro: '€', pound: '£',
  shy: '', zwj: '\u200d', zwnj: '\u200c',
};

/**
 * Stands for a line break between blocks until the end, where whitespace is collapsed. Text never holds it:
 * control characters in text become spaces as it is read.
 */
const BREAK = '\u0000';

/**
 * Reduces HTML (as found in TimelineJS text) to plain text, without a DOM: it only reads the characters.
 *
 * - Tags are dropped; so are comments, CDATA sections (whole, up to `]]>`), `<!…>` and `<?…>` declarations,
 *   and the content of `script`, `style`, `template`, `noscript`, `iframe`, `textarea`, `title` and
 *   other elements whose content is not text. An unclosed tag or comment drops the rest of the input.
 * - Block elements (`p`, `div`, `li`, headings, `br`…) become line breaks; table cells a space.
 * - Entities are decoded once (`&amp;lt;` is `&lt;`): `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&apos;`,
 *   `&nbsp;`, a few typographic ones (`&mdash;`, `&hellip;`…), and numeric ones (`&#123;`, `&#x1F600;`; an
 *   invalid code point becomes U+FFFD). Unknown or unterminated entities are left as they are.
 * - Whitespace is collapsed: one space between words, one line break between blocks, none at either end.
 *   Control characters are dropped.
 *
 * The result is meant to be rendered as text only. Even so, it never holds `<` followed by a letter, `/`, `!`
 * or `?` (what could start a tag if someone put it into HTML): there an invisible word joiner (U+2060) follows
 * the `<`, so `&lt;b&gt;` reads "<b>" but is not a tag.
 *
 * @param html - The HTML fragment.
 */
export function htmlToPlainText(html: string): string {
  if (typeof html !== 'string') return '';
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += readText(html.slice(i));
      break;
    }
    out += readText(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
    } else if (html.startsWith('<![CDATA[', lt)) {
      const close = html.indexOf(']]>', lt + 9);
      i = close === -1 ? n : close + 3;
    } else if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[lt + 2] ?? ''))) {
      // Bogus comments, as a browser reads them: `<!DOCTYPE …>`, `<?xml …?>`, `</ …>`.
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? n : close + 1;
    } else if (/[A-Za-z]/.test(next) || next === '/') {
      const tag = readTag(html, lt);
      if (tag === null) break;
      i = tag.end;
      if (BLOCKS.has(tag.name)) out += BREAK;
      else if (SEPARATORS.has(tag.name)) out += ' ';
      if (!tag.closing && HIDDEN_CONTENT.has(tag.name)) i = skipContent(html, i, tag.name);
    } else {
      out += '<';
      i = lt + 1;
    }
  }
  return tidy(out);
}

/** Reads the tag starting at `lt`: its lower-case name, whether it is an end tag, and where it ends. */
function readTag(html: string, lt: number): { name: string; closing: boolean; end: number } | null {
  const closing = html[lt + 1] === '/';
  let i = lt + (closing ? 2 : 1);
  let nameEnd = i;
  while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd])) nameEnd++;
  const name = html.slice(i, nameEnd).toLowerCase();
  i = nameEnd;
  // Attributes: a `>` inside a quoted value does not end the tag.
  while (i < html.length) {
    const char = html[i];
    if (char === '>') return { name, closing, end: i + 1 };
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, i + 1);
      if (close === -1) return null;
      i = close + 1;
    } else {
      i++;
    }
  }
  return null;
}

/** Skips past the end tag of `name` (case-insensitive), or to the end of the input when there is none. */
function skipContent(html: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return html.length;
  const close = html.indexOf('>', match.index);
  return close === -1 ? html.length : close + 1;
}

/** Text between tags: entities decoded, control characters (line breaks in the source too) as spaces. */
function readText(text: string): string {
  return decodeEntities(text).replace(/\p{Cc}/gu, ' ');
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec, hex, name) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Collapses whitespace into single spaces and single line breaks, drops control characters, defuses `<`. */
function tidy(text: string): string {
  return text
    .split(BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .replace(/<(?=[\p{L}/!?])/gu, '<\u2060');
}
