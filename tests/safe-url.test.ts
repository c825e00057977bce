import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/data/safe-url.js';

const BASE = 'https://example.org/news/article.html';

/** [name, url, base (omitted: none), expected] */
const urlCases: [string, string | undefined, string | undefined, string | null][] = [
  // Kept, as absolute links.
  ['keeps an https link', 'https://example.org/a?b=c#d', undefined, 'https://example.org/a?b=c#d'],
  ['keeps an http link, normalised', 'http://example.org', undefined, 'http://example.org/'],
  ['lower-cases the scheme and host', 'HTTPS://Example.ORG/Path', undefined, 'https://example.org/Path'],
  ['keeps a mailto link', 'mailto:desk@example.org', undefined, 'mailto:desk@example.org'],
  ['keeps a mailto link with a subject', 'mailto:desk@example.org?subject=Aleppo', undefined, 'mailto:desk@example.org?subject=Aleppo'],
  ['trims spaces around a link', '  https://example.org/  ', undefined, 'https://example.org/'],
  ['ignores the base for an absolute link', 'https://other.example/x', BASE, 'https://other.example/x'],
  ['resolves a root-relative path against the base', '/report.pdf', BASE, 'https://example.org/report.pdf'],
  ['resolves a relative path against the base', 'report.pdf', BASE, 'https://example.org/news/report.pdf'],
  ['resolves a parent path against the base', '../archive/2016.html', BASE, 'https://example.org/archive/2016.html'],
  ['resolves a scheme-relative link against the base', '//cdn.example.net/a.pdf', BASE, 'https://cdn.example.net/a.pdf'],
  ['resolves a fragment against the base', '#sources', BASE, 'https://example.org/news/article.html#sources'],
  ['keeps a percent-encoded colon as a harmless relative path', 'javascript%3Aalert(1)', BASE, 'https://example.org/news/javascript%3Aalert(1)'],
  // Dropped.
  ['drops a relative link without a base', 'report.pdf', undefined, null],
  ['drops a relative link against a javascript: base', 'report.pdf', 'javascript:alert(1)', null],
  ['drops a relative link against a file: base', 'report.pdf', 'file:///home/me/', null],
  ['drops javascript:', 'javascript:alert(1)', undefined, null],
  ['drops javascript: in mixed case', 'JaVaScRiPt:alert(1)', undefined, null],
  ['drops javascript: in capitals', 'JAVASCRIPT:alert(1)', undefined, null],
  ['drops javascript: after leading spaces', '   javascript:alert(1)', undefined, null],
  ['drops javascript: after a leading tab and newline', '\t\njavascript:alert(1)', undefined, null],
  ['drops javascript: after a leading control character', '\u0001javascript:alert(1)', undefined, null],
  ['drops javascript: with a tab inside the scheme', 'java\tscript:alert(1)', undefined, null],
  ['drops javascript: with a newline inside the scheme', 'java\nscript:alert(1)', undefined, null],
  ['drops javascript: with a carriage return inside the scheme', 'java\rscript:alert(1)', undefined, null],
  ['drops javascript: even with a base', 'javascript:alert(1)', BASE, null],
  ['drops data:', 'data:text/html,<script>alert(1)</script>', undefined, null],
  ['drops data: in capitals', 'DATA:text/html;base64,PHNjcmlwdD4=', undefined, null],
  ['drops vbscript:', 'vbscript:msgbox(1)', undefined, null],
  ['drops file:', 'file:///etc/passwd', undefined, null],
  ['drops ftp:', 'ftp://example.org/file', undefined, null],
  ['drops blob:', 'blob:https://example.org/5f0c', undefined, null],
  ['drops about:', 'about:blank', undefined, null],
  ['drops an unparsable http link', 'http://', undefined, null],
  ['drops a link with a broken host', 'https://[::1/', undefined, null],
  ['drops an empty string', '', undefined, null],
  ['drops an empty string even with a base', '', BASE, null],
  ['drops a string of spaces', ' \t\n ', BASE, null],
  ['drops undefined', undefined, BASE, null],
];

describe('safeUrl', () => {
  for (const [name, url, base, expected] of urlCases) {
    it(`safeUrl() ${name}`, () => {
      expect(safeUrl(url, base)).to.equal(expected);
    });
  }

  // Event data comes from JSON, so a url may be any value despite the type.
  const nonStrings: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['an object', { href: 'https://example.org/' }],
    ['an array of a link', ['https://example.org/']],
    ['a String object', new String('https://example.org/')],
    ['a URL object', new URL('https://example.org/')],
    ['true', true],
  ];
  for (const [name, value] of nonStrings) {
    it(`safeUrl() drops ${name}`, () => {
      expect(safeUrl(value as string, BASE)).to.equal(null);
    });
  }
});
