/**
 * Where and why JSON text does not parse, in words that are the same in every browser.
 */
import { quoteText } from './validate.js';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * What is wrong with JSON text that `JSON.parse` rejected, and where: from our own scan when it finds the fault
 * (the same words in every browser), else from the engine's message, whose wording differs between engines.
 *
 * @internal Exported for tests.
 */
export function describeJsonError(text: string, error: unknown): string {
  const found = findJsonError(text);
  if (found) return `${found.reason} ${at(text, found.offset)}`;
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+),? column (\d+)/i.exec(raw);
  const position = /position (\d+)/i.exec(raw);
  // "JSON.parse: unexpected end of data at line 1 column 5 of the JSON data" (Firefox), "Unexpected token
  // '}', ... is not valid JSON" or "... in JSON at position 42 (line 3 column 5)" (V8), "JSON Parse error:
  // Unexpected EOF" (JavaScriptCore): keep the words, drop the engine's own framing of the position.
  const words = raw
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/\s*(?:in JSON)?\s*(?:at position \d+)?\s*(?:\(line \d+ column \d+\))?\s*(?:at line \d+ column \d+ of the JSON data)?$/i, '');
  const reason = quoteText(words.replace(/^./, (c) => c.toLowerCase())).slice(1, -1);
  if (lineColumn) return `${reason} at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  if (position) return `${reason} ${at(text, Number(position[1]))}`;
  return reason || 'the parser gave no reason';
}

/** "at line 3, column 5" for an offset into `text` (both 1-based, columns in UTF-16 code units). */
function at(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}`;
}

/**
 * Scans JSON text for its first fault without building values, iteratively (deep nesting cannot overflow the
 * stack). Returns null when it finds none.
 */
function findJsonError(text: string): { offset: number; reason: string } | null {
  const n = text.length;
  let i = 0;
  const stack: ('[' | '{')[] = [];
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fault = (reason: string, offset = i) => ({ offset, reason });
  const unexpected = () => (i >= n ? fault('unexpected end of input') : fault(`unexpected character ${describeChar(text, i)}`));

  /** Reads a string at `i` (which is `"`); returns a fault or null. */
  const readString = () => {
    const start = i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return fault('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return e === undefined ? fault('a text in double quotes is not closed', start) : fault(`unknown escape ${quoteText(`\\${e}`)}`);
        }
      } else if (c < ' ') {
        return fault('a line break or control character inside a text in double quotes (write \\n)');
      } else {
        i++;
      }
    }
    return fault('a text in double quotes is not closed', start);
  };

  /** Reads one value at `i` that is not an array or object; returns a fault or null. */
  const readScalar = () => {
    const c = text[i];
    if (c === '"') return readString();
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return null;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return fault('a number is not written as JSON numbers are');
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fault("texts must be in double quotes (\"), not single quotes (')");
    return unexpected();
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      if (i >= n) return unexpected();
      const c = text[i];
      if (c === '[' || c === '{') {
        i++;
        skipSpace();
        const close = c === '[' ? ']' : '}';
        if (text[i] === close) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c);
        if (c === '{') {
          const key = readKey();
          if (key) return key;
        }
        continue;
      }
      const scalar = readScalar();
      if (scalar) return scalar;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fault('unexpected text after the end of the data') : null;
    const c = text[i];
    if (c === ',') {
      i++;
      skipSpace();
      if (text[i] === ']' || text[i] === '}') return fault(`a comma before '${text[i]}' (remove the last comma)`);
      if (top === '{') {
        const key = readKey();
        if (key) return key;
      }
      expectValue = true;
      continue;
    }
    if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
      i++;
      stack.pop();
      continue;
    }
    if (i >= n) return unexpected();
    return fault(top === '[' ? "expected ',' or ']' after an item of a list" : "expected ',' or '}' after a value in an object");
  }

  /** Reads `"key":` at `i` (after skipping space); returns a fault or null, leaving `i` before the value. */
  function readKey() {
    skipSpace();
    if (text[i] !== '"') {
      if (i >= n) return unexpected();
      return text[i] === "'" ? fault("names must be in double quotes (\"), not single quotes (')") : fault('expected a name in double quotes');
    }
    const failed = readString();
    if (failed) return failed;
    skipSpace();
    if (text[i] !== ':') return i >= n ? unexpected() : fault("expected ':' after a name");
    i++;
    expectValue = true;
    return null;
  }
}

/** The character at `offset` for a message: quoted, or named when it is a line break. */
function describeChar(text: string, offset: number): string {
  const c = String.fromCodePoint(text.codePointAt(offset) ?? 0xfffd);
  return c === '\n' || c === '\r' ? '(a line break)' : quoteText(c);
}
