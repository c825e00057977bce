// Checks that schema.json describes the same event fields as the TypeScript types in src/data/types.ts:
// the same names in $defs.event, $defs.source and $defs.translation as in TimelineEvent, EventSource and
// EventTranslation (an entry of `translations`, which must be an object of them), the same optional and
// required fields, and the same coarse types (text, yes/no, list of texts, object). Exits 1 naming the first field that
// differs.
//
// The one documented difference: `id` and `category` are required in TimelineEvent (every drawn event has them)
// but optional in data, since validateEvents derives an id and gives a default category.
//
//   node scripts/check-schema.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = `${root}src/data/types.ts`;
const SCHEMA = `${root}schema.json`;
/** Required in the TypeScript type, optional in data: validateEvents fills them in. */
const DERIVED = new Set(['id', 'category']);

const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
// The ES5 library is enough to know string and ReadonlyArray, and loads much faster than the default one.
const program = ts.createProgram([TYPES], { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es5.d.ts'] });
const checker = program.getTypeChecker();
const file = program.getSourceFile(TYPES);
if (!file) fail(`cannot read ${TYPES}`);

const problems = [];
let fields = 0;
for (const [name, def] of [['TimelineEvent', 'event'], ['EventSource', 'source'], ['EventTranslation', 'translation']]) {
  const members = interfaceMembers(name);
  const defSchema = schema.$defs?.[def];
  if (!defSchema) {
    problems.push(`schema.json has no $defs.${def} for ${name}`);
    continue;
  }
  const properties = defSchema.properties ?? {};
  const required = new Set(defSchema.required ?? []);
  for (const member of members) {
    fields++;
    const where = `${name}.${member.name}`;
    const property = properties[member.name];
    if (!property) {
      problems.push(`${where} is in src/data/types.ts but not in schema.json $defs.${def}.properties`);
      continue;
    }
    const derived = def === 'event' && DERIVED.has(member.name);
    if (derived && required.has(member.name)) {
      problems.push(`${where} is filled in when data leaves it out, so schema.json $defs.${def} must not require it`);
    } else if (!derived && member.optional === required.has(member.name)) {
      problems.push(
        `${where} is ${member.optional ? 'optional' : 'required'} in src/data/types.ts but ` +
          `${member.optional ? 'required' : 'not required'} in schema.json $defs.${def}`,
      );
    }
    const schemaType = coarseSchemaType(property);
    if (schemaType !== member.type) {
      problems.push(`${where} is ${member.type} in src/data/types.ts but ${schemaType} in schema.json $defs.${def}`);
    }
  }
  const names = new Set(members.map((m) => m.name));
  for (const property of Object.keys(properties)) {
    if (!names.has(property)) {
      problems.push(`schema.json $defs.${def}.properties.${property} is not a field of ${name} in src/data/types.ts`);
    }
  }
  if (defSchema.additionalProperties !== false) {
    problems.push(`schema.json $defs.${def} must set "additionalProperties": false, as ${name} has no other fields`);
  }
  for (const field of required) {
    if (!names.has(field)) problems.push(`schema.json $defs.${def}.required names ${field}, which ${name} does not have`);
  }
}

if (schema.$defs?.event?.properties?.translations?.additionalProperties?.$ref !== '#/$defs/translation') {
  problems.push('schema.json $defs.event.properties.translations must hold { "$ref": "#/$defs/translation" } entries, as TimelineEvent.translations does');
}

if (problems.length > 0) fail(problems.join('\n'));
console.log(`schema: in sync with src/data/types.ts (${fields} fields)`);

/** The members of an exported interface: name, optional or not, coarse type. */
function interfaceMembers(name) {
  const declaration = file.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!declaration) fail(`src/data/types.ts has no interface ${name}`);
  const type = checker.getTypeAtLocation(declaration);
  return checker.getPropertiesOfType(type).map((symbol) => ({
    name: symbol.name,
    optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
    type: coarseType(checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, declaration)), `${name}.${symbol.name}`),
  }));
}

/** `string`, `boolean`, `string[]` or `object` for a TypeScript type; anything else is reported. */
function coarseType(type, where) {
  if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (type.isUnion()) {
    // `boolean` is the union `true | false`
    const kinds = new Set(type.types.map((t) => coarseType(t, where)));
    if (kinds.size === 1) return [...kinds][0];
    fail(`${where}: a union of ${[...kinds].join(' and ')} has no coarse type; teach check-schema.mjs about it`);
  }
  // `string & {}` (a free category) is a string.
  if (type.isIntersection() && type.types.some((t) => t.flags & ts.TypeFlags.StringLike)) return 'string';
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  const symbol = type.getSymbol();
  if (symbol && (symbol.name === 'Array' || symbol.name === 'ReadonlyArray')) {
    const [element] = checker.getTypeArguments(type);
    return `${coarseType(element, where)}[]`;
  }
  if (type.flags & ts.TypeFlags.Object) return 'object';
  fail(`${where}: type ${checker.typeToString(type)} has no coarse type; teach check-schema.mjs about it`);
}

/** `string`, `boolean`, `string[]` or `object` for a schema, following `$ref`s into `$defs` and through `anyOf`. */
function coarseSchemaType(node) {
  if (node.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    if (!name || !schema.$defs[name]) return `an unknown $ref ${node.$ref}`;
    return coarseSchemaType({ ...schema.$defs[name], ...without(node, '$ref') });
  }
  if (node.type === 'array') return `${node.items ? coarseSchemaType(node.items) : 'unknown'}[]`;
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.anyOf)) {
    const kinds = new Set(node.anyOf.map(coarseSchemaType));
    return kinds.size === 1 ? [...kinds][0] : `a mix of ${[...kinds].join(' and ')}`;
  }
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return 'string';
  return `an untyped value`;
}

function without(object, key) {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

function fail(message) {
  console.error(`schema: out of sync with src/data/types.ts\n${message}`);
  process.exit(1);
}
