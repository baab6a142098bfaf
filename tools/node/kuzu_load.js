#!/usr/bin/env node
// Usage: node kuzu_load.js WORK_DIR CSV_DIR [--cypher FILE] [--query CYPHER]...
//
// Loads kg's Neo4j export into Kùzu, an embedded Cypher database, and prints
// what Kùzu holds as JSON: {"csv": DUMP, "cypher": DUMP, "cypher_again": DUMP,
// "queries": [[ROW...]...]}, where DUMP is {"nodes": [...], "relationships":
// [...]} sorted by id, every property included.
//
// The schema comes from the export itself: one node table per :LABEL value of
// CSV_DIR/nodes.csv (primary key id:ID) and one relationship table per :TYPE
// of CSV_DIR/relationships.csv, with a FROM/TO pair for every pair of labels
// it connects (kg's entity id starts with its label: "Organization/Nokia").
// Property columns and their types come from the Neo4j headers
// ("confidence:double", "aliases:string[]"). Kùzu reads the files with its
// own CSV reader (quotes doubled, no backslash escapes, quoted line breaks);
// Neo4j's array fields ("a;b") are split with string_split.
//
// --cypher FILE runs kg's Cypher script in a second database with the same
// schema (the CREATE CONSTRAINT lines are Neo4j's and skipped; Kùzu's primary
// keys do their job), then once more to show it is idempotent. Each --query
// runs against the CSV database. Exit 1 on any Kùzu error.
'use strict';

const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

const kTypes = {string: 'STRING', long: 'INT64', int: 'INT64', double: 'DOUBLE', float: 'DOUBLE', boolean: 'BOOLEAN'};
const kCsvOptions = "(HEADER=true, PARALLEL=false, QUOTE='\"', ESCAPE='\"')";

function quoteName(name) { return '`' + name.replace(/`/g, '``') + '`'; }
function quoteString(text) { return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"; }

// Columns of a Neo4j header line: {name, kind ('id'|'label'|'start'|'end'|'type'|'property'), type, array}.
function parseHeader(file) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(4096);
  const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
  fs.closeSync(fd);
  const line = buffer.toString('utf8', 0, length).split('\n')[0];
  return line.split(',').map((field, index) => {
    const colon = field.lastIndexOf(':');
    const name = colon < 0 ? field : field.slice(0, colon);
    const type = colon < 0 ? 'string' : field.slice(colon + 1);
    const special = {ID: 'id', LABEL: 'label', START_ID: 'start', END_ID: 'end', TYPE: 'type'}[type];
    if (special) return {name: special === 'id' ? name : '_' + special, kind: special, column: 'c' + index};
    const array = type.endsWith('[]');
    const base = array ? type.slice(0, -2) : type;
    if (!kTypes[base]) throw new Error(`unknown Neo4j type '${type}' in ${file}`);
    return {name, kind: 'property', type: kTypes[base], array, column: 'c' + index};
  });
}

function withHeaders(columns, file) {
  const typed = columns.map(c => `${c.column} ${c.kind === 'property' && !c.array ? c.type : 'STRING'}`);
  return `LOAD WITH HEADERS (${typed.join(', ')}) FROM ${quoteString(file)} ${kCsvOptions}`;
}

function propertyDefinitions(columns) {
  return columns.filter(c => c.kind === 'property').map(c => `${quoteName(c.name)} ${c.type}${c.array ? '[]' : ''}`);
}

// The value of a property column as Kùzu should store it.
function propertyValue(c) {
  if (!c.array) return c.column;
  const parts = `string_split(${c.column}, ';')`;
  const list = c.type === 'STRING' ? parts : `list_transform(${parts}, x -> CAST(x AS ${c.type}))`;
  return `CASE WHEN ${c.column} IS NULL THEN NULL ELSE ${list} END`;
}

// The statements of a Cypher script: split at ';' outside strings ('...' and
// "..." with backslash escapes), names (`...`) and // comments.
function splitStatements(script) {
  const statements = [];
  let current = '';
  for (let i = 0; i < script.length; ++i) {
    const c = script[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += (c !== '`' && script[j] === '\\') ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j;
    } else if (c === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') ++i;
    } else if (c === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

async function run(connection, statement) {
  const result = await connection.query(statement);
  const rows = await result.getAll();
  result.close();
  return rows;
}

async function createSchema(connection, nodeColumns, relColumns, labels, pairs) {
  const nodeProperties = propertyDefinitions(nodeColumns);
  const id = nodeColumns.find(c => c.kind === 'id');
  for (const label of labels)
    await run(connection, `CREATE NODE TABLE ${quoteName(label)}(${quoteName(id.name)} STRING, ` +
      `${nodeProperties.join(', ')}, PRIMARY KEY(${quoteName(id.name)}))`);
  const relProperties = propertyDefinitions(relColumns);
  for (const [type, connections] of pairs) {
    const ends = connections.map(([from, to]) => `FROM ${quoteName(from)} TO ${quoteName(to)}`);
    await run(connection, `CREATE REL TABLE ${quoteName(type)}(${ends.join(', ')}` +
      `${relProperties.length ? ', ' + relProperties.join(', ') : ''})`);
  }
}

async function dump(connection) {
  const nodes = await run(connection, 'MATCH (n) RETURN label(n) AS label, n');
  const relationships = await run(connection, 'MATCH (a)-[r]->(b) RETURN a.id AS s, b.id AS e, label(r) AS t, r');
  const clean = object => Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith('_')));
  const out = {
    nodes: nodes.map(row => ({label: row.label, ...clean(row.n)})),
    relationships: relationships.map(row => ({start: row.s, end: row.e, type: row.t, ...clean(row.r)})),
  };
  out.nodes.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const key = r => `${r.start}\u0000${r.type}\u0000${r.end}`;
  out.relationships.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const [work, csvDir] = args;
  if (!work || !csvDir) {
    console.error('usage: kuzu_load.js WORK_DIR CSV_DIR [--cypher FILE] [--query CYPHER]...');
    process.exit(2);
  }
  let cypher = null;
  const queries = [];
  for (let i = 2; i < args.length; i += 2) {
    if (args[i] === '--cypher') cypher = args[i + 1];
    else if (args[i] === '--query') queries.push(args[i + 1]);
    else throw new Error(`unknown argument ${args[i]}`);
  }
  const nodesFile = path.resolve(csvDir, 'nodes.csv');
  const relsFile = path.resolve(csvDir, 'relationships.csv');
  const nodeColumns = parseHeader(nodesFile);
  const relColumns = parseHeader(relsFile);
  const col = (columns, kind) => columns.find(c => c.kind === kind).column;

  fs.mkdirSync(work, {recursive: true});
  const database = new kuzu.Database(path.join(work, 'csv.kuzu'));
  const connection = new kuzu.Connection(database);
  // The schema, read from the export by Kùzu's CSV reader.
  const labels = (await run(connection, `${withHeaders(nodeColumns, nodesFile)} RETURN DISTINCT ${col(nodeColumns, 'label')} AS label`))
    .map(row => row.label).sort();
  const labelOf = id => `string_split(${id}, '/')[1]`;
  const pairRows = await run(connection, `${withHeaders(relColumns, relsFile)} RETURN DISTINCT ${col(relColumns, 'type')} AS type, ` +
    `${labelOf(col(relColumns, 'start'))} AS from, ${labelOf(col(relColumns, 'end'))} AS to`);
  const pairs = new Map();
  for (const row of pairRows.sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) {
    if (!pairs.has(row.type)) pairs.set(row.type, []);
    pairs.get(row.type).push([row.from, row.to]);
  }
  await createSchema(connection, nodeColumns, relColumns, labels, pairs);

  const nodeValues = nodeColumns.filter(c => c.kind === 'id' || c.kind === 'property').map(propertyValue);
  for (const label of labels)
    await run(connection, `COPY ${quoteName(label)} FROM (${withHeaders(nodeColumns, nodesFile)} ` +
      `WHERE ${col(nodeColumns, 'label')} = ${quoteString(label)} RETURN ${nodeValues.join(', ')})`);
  const relValues = relColumns.filter(c => c.kind === 'property').map(propertyValue);
  for (const [type, connections] of pairs)
    for (const [from, to] of connections)
      await run(connection, `COPY ${quoteName(type)} FROM (${withHeaders(relColumns, relsFile)} ` +
        `WHERE ${col(relColumns, 'type')} = ${quoteString(type)} AND starts_with(${col(relColumns, 'start')}, ${quoteString(from + '/')}) ` +
        `AND starts_with(${col(relColumns, 'end')}, ${quoteString(to + '/')}) ` +
        `RETURN ${[col(relColumns, 'start'), col(relColumns, 'end'), ...relValues].join(', ')}) ` +
        `(from=${quoteString(from)}, to=${quoteString(to)})`);
  const output = {csv: await dump(connection), queries: []};
  for (const query of queries) output.queries.push(await run(connection, query));

  if (cypher) {
    const script = splitStatements(fs.readFileSync(cypher, 'utf8')).filter(s => !s.startsWith('CREATE CONSTRAINT'));
    const scriptDatabase = new kuzu.Database(path.join(work, 'cypher.kuzu'));
    const scriptConnection = new kuzu.Connection(scriptDatabase);
    await createSchema(scriptConnection, nodeColumns, relColumns, labels, pairs);
    for (const statement of script) await run(scriptConnection, statement);
    output.cypher = await dump(scriptConnection);
    for (const statement of script) await run(scriptConnection, statement);
    output.cypher_again = await dump(scriptConnection);
    await scriptConnection.close();
    await scriptDatabase.close();
  }
  // Closed explicitly: left to the garbage collector at exit, the native
  // objects are sometimes freed in the wrong order (a crash after the output).
  await connection.close();
  await database.close();
  process.stdout.write(JSON.stringify(output, (key, value) => typeof value === 'bigint' ? Number(value) : value) + '\n');
}

main().catch(error => {
  console.error(`kuzu_load: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
