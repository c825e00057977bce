import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEdtf } from '../src/data/edtf.js';
import { syriaEvents } from '../src/data/syria-events.js';
import { CATEGORIES } from '../src/data/types.js';
import { languageTag } from '../src/data/language-tag.js';
import { EVENT_FIELDS, SOURCE_FIELDS, TRANSLATION_FIELDS } from '../src/data/validate.js';

interface SchemaNode {
  type?: string;
  pattern?: string;
  enum?: string[];
  anyOf?: SchemaNode[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  $ref?: string;
}
interface Schema extends SchemaNode {
  $schema: string;
  $id: string;
  $defs: Record<string, SchemaNode>;
}

let schema: Schema;
let edtf: RegExp;
let edtfOrOpen: RegExp;
let tag: RegExp;

/** [text, accepted by languageTag()], the cases where the pattern cannot agree last */
const tagCases: [string, boolean][] = [
  ['ar', true], ['AR-sy', true], ['fil', true], ['zh-Hant-TW', true], ['es-419', true], ['de-CH-1996', true],
  ['ar-SY-u-nu-latn', true], ['en-US-x-twain', true], ['sl-rozaj-biske', true], ['ar_SY', false], ['english', false],
  ['a', false], ['', false], ['x-private', false], ['ar-', false], ['-ar', false], ['ar SY', false], ['en-GB-oed', false],
  ['ar-u', false], ['zh-Hant-Hans', false],
];

/**
 * Whether the date patterns should accept `text`: when parseEdtf does, or rejects it only for a day past its
 * month's end but not past 31, since a pattern cannot count a month's days.
 */
function patternShouldAccept(text: string, allowOpen = true): boolean {
  const parsed = parseEdtf(text, { allowOpen });
  if (parsed.ok) return true;
  const day = Number(/-(\d{2})[~?%]?\s*$/.exec(text)?.[1]);
  return /^\w+ -?\d+ has \d+ days$/.test(parsed.reason) && day <= 31;
}

/** [text, accepted by parseEdtf(text) apart from day counts] */
const patternCases: [string, boolean][] = [
  ['2016', true], ['-0044', true], ['0000', true], ['-0000', false], ['9999', true], ['201', false], ['20160', false],
  ['2016-12', true], ['2016-00', false], ['2016-13', false], ['2016-1', false], ['2016-20', false], ['2016-21', true],
  ['2016-24', true], ['2016-25', false], ['2016-33', true], ['2016-36', true], ['2016-37', false], ['2016-40', true],
  ['2016-41', true], ['2016-42', false], ['2016-21-01', false], ['2016-12-01', true], ['2016-12-31', true],
  ['2016-12-32', false], ['2016-12-00', false], ['2016-02-30', true], ['201X', true], ['20XX', true], ['2XXX', false],
  ['-201X', true], ['-20XX', true], ['2016-XX-XX', true], ['Y12016', true], ['Y-12016', true], ['Y2016', false], ['Y12016-01', false], ['201X-01', false], ['2016-XX', true], ['2016-XX-01', false], ['2016-12-XX', true], ['2016-1X', false],
  ['2016~', true], ['2016?', true], ['2016%', true], ['2016~?', false], ['20~16', false], ['..', true], ['..~', false],
  [' 2016 ', true], ['2016-12-05T10:00', false], ['2016/2017', false], ['201x', false], ['', false],
];

describe('schema.json', () => {
  before(async () => {
    schema = (await (await fetch(new URL('../schema.json', import.meta.url))).json()) as Schema;
    edtf = new RegExp(schema.$defs.edtf.pattern!, 'u');
    edtfOrOpen = new RegExp(schema.$defs.edtfOrOpen.pattern!, 'u');
    tag = new RegExp(schema.$defs.languageTag.pattern!, 'u');
  });

  it('schema.json is a draft 2020-12 schema with a relative id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('syria-timeline/schema.json');
  });

  it('schema.json accepts a list of events or an object with an events list', () => {
    expect(schema.anyOf).to.deep.equal([
      { $ref: '#/$defs/events' },
      { ...schema.anyOf![1], type: 'object', required: ['events'] },
    ]);
    expect(schema.anyOf![1].properties!.events).to.deep.equal({ $ref: '#/$defs/events' });
  });

  it('schema.json lists the fields validateEvents knows, and no others', () => {
    expect(Object.keys(schema.$defs.event.properties!)).to.have.members([...EVENT_FIELDS]);
    expect(Object.keys(schema.$defs.source.properties!)).to.have.members([...SOURCE_FIELDS]);
    expect(schema.$defs.event.additionalProperties).to.equal(false);
    expect(schema.$defs.source.additionalProperties).to.equal(false);
  });

  it('schema.json lists the fields of a translation, keyed by language tag', () => {
    const translations = schema.$defs.event.properties!.translations;
    expect(translations.propertyNames).to.deep.equal({ $ref: '#/$defs/languageTag' });
    expect(translations.additionalProperties).to.deep.equal({ $ref: '#/$defs/translation' });
    expect(Object.keys(schema.$defs.translation.properties!)).to.have.members([...TRANSLATION_FIELDS]);
    expect(schema.$defs.translation.additionalProperties).to.equal(false);
    expect(schema.$defs.source.properties!.lang.$ref).to.equal('#/$defs/languageTag');
  });

  for (const [text, accepted] of tagCases) {
    it(`schema.json's language tag pattern ${accepted ? 'accepts' : 'rejects'} ${JSON.stringify(text)}, as languageTag() does`, () => {
      expect(tag.test(text)).to.equal(accepted);
      expect(languageTag(text) !== null).to.equal(accepted);
    });
  }

  it("schema.json's language tag pattern accepts a repeated variant, which languageTag() rejects (as its $comment says)", () => {
    expect(tag.test('de-1996-1996')).to.equal(true);
    expect(languageTag('de-1996-1996')).to.equal(null);
  });

  it('schema.json requires only title and start, since id and category are filled in', () => {
    expect(schema.$defs.event.required).to.deep.equal(['title', 'start']);
  });

  it('schema.json offers the documented categories and accepts free ones', () => {
    const [known, free] = schema.$defs.category.anyOf!;
    expect(known.enum).to.deep.equal([...CATEGORIES]);
    expect(free.type).to.equal('string');
  });

  for (const [text, accepted] of patternCases) {
    it(`schema.json's date pattern ${accepted ? 'accepts' : 'rejects'} ${JSON.stringify(text)}, as parseEdtf does`, () => {
      expect(edtfOrOpen.test(text)).to.equal(accepted);
      expect(patternShouldAccept(text)).to.equal(accepted);
    });
  }

  it("schema.json's date patterns agree with parseEdtf on random date-like strings, but for day counts", () => {
    const alphabet = fc.constantFrom(...'0123456789-X~?%. ', '20', '201', '2016', '-12', '-02', '-2', '-3', '-4', '..');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), (text) => {
        for (const [pattern, allowOpen] of [[edtfOrOpen, true], [edtf, false]] as const) {
          const expected = patternShouldAccept(text, allowOpen);
          if (pattern.test(text) !== expected) throw new Error(`${JSON.stringify(text)}: pattern ${!expected}, parseEdtf ${expected}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('schema.json accepts every event of the Syria dataset (fields, required fields, dates)', () => {
    const event = schema.$defs.event;
    for (const e of syriaEvents) {
      expect(Object.keys(e).every((key) => key in event.properties!), e.id).to.equal(true);
      expect(event.required!.every((key) => key in e), e.id).to.equal(true);
      expect(edtfOrOpen.test(e.start), `${e.id}.start`).to.equal(true);
      if (e.end !== undefined) expect(edtfOrOpen.test(e.end), `${e.id}.end`).to.equal(true);
      if (e.source?.published !== undefined) expect(edtf.test(e.source.published), `${e.id}.published`).to.equal(true);
      if (e.source) expect(Object.keys(e.source).every((key) => key in schema.$defs.source.properties!), e.id).to.equal(true);
      if (e.source?.lang !== undefined) expect(tag.test(e.source.lang), `${e.id}.source.lang`).to.equal(true);
      for (const [key, entry] of Object.entries(e.translations ?? {})) {
        expect(tag.test(key), `${e.id}.translations.${key}`).to.equal(true);
        expect(Object.keys(entry).every((field) => field in schema.$defs.translation.properties!), `${e.id}.${key}`).to.equal(true);
      }
    }
  });
});
