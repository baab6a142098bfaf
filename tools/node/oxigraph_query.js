#!/usr/bin/env node
// Usage: node oxigraph_query.js FILE FORMAT QUERIES.json [FILE FORMAT QUERIES.json]...
//
// Loads each FILE into a fresh Oxigraph store and runs each SPARQL query of
// the JSON array QUERIES.json against it. FORMAT is ntriples, nquads, turtle, trig or
// jsonld; JSON-LD is first turned into N-Quads by the jsonld processor
// (offline, safe mode), as a JSON-LD consumer would. Prints a JSON array
// with one {"quads": N, "results": [...]} per FILE, an ASK as true/false, a SELECT as its
// rows ({variable: value}). Exit 1 when a parser or a query fails.
'use strict';

const fs = require('fs');
const oxigraph = require('oxigraph');

const kMediaTypes = {
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  turtle: 'text/turtle',
  trig: 'application/trig',
};

async function check(file, format, queriesFile) {
  let text = fs.readFileSync(file, 'utf8');
  let mediaType = kMediaTypes[format];
  if (format === 'jsonld') {
    const jsonld = require('jsonld');
    const documentLoader = async url => {
      throw new Error(`remote document refused (offline, contexts must be inline): ${url}`);
    };
    text = await jsonld.toRDF(JSON.parse(text), {format: 'application/n-quads', documentLoader, safe: true});
    mediaType = kMediaTypes.nquads;
  }
  if (!mediaType) throw new Error(`unknown format ${format}`);
  const store = new oxigraph.Store();
  store.load(text, {format: mediaType});
  const results = JSON.parse(fs.readFileSync(queriesFile, 'utf8')).map(query => {
    const result = store.query(query);
    if (typeof result === 'boolean') return result;
    return result.map(row => Object.fromEntries([...row.keys()].map(key => [key, row.get(key).value])));
  });
  return {quads: store.size, results};
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.length % 3 !== 0) {
    console.error('usage: oxigraph_query.js FILE FORMAT QUERIES.json [FILE FORMAT QUERIES.json]...');
    process.exit(2);
  }
  const output = [];
  for (let i = 0; i < args.length; i += 3) output.push(await check(args[i], args[i + 1], args[i + 2]));
  process.stdout.write(JSON.stringify(output) + '\n');
}

main().catch(error => {
  console.error(`oxigraph_query: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
