#!/usr/bin/env node
// Usage: node jsonld_to_nquads.js FILE.jsonld
// Converts a JSON-LD document to RDF with the jsonld processor and prints the
// N-Quads, one per line, unique and sorted bytewise (the test sorts kg's N-Quads
// the same way). Offline: any remote context is refused. Exit 1 on a processor
// error (with `safe: true`, data the processor would drop are errors too).
'use strict';

const fs = require('fs');
const jsonld = require('jsonld');

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: jsonld_to_nquads.js FILE.jsonld');
    process.exit(2);
  }
  const input = JSON.parse(fs.readFileSync(file, 'utf8'));
  const documentLoader = async url => {
    throw new Error(`remote document refused (offline, contexts must be inline): ${url}`);
  };
  const nquads = await jsonld.toRDF(input, {
    format: 'application/n-quads',
    documentLoader,
    safe: true,
  });
  const lines = [...new Set(nquads.split('\n').filter(line => line.length > 0))];
  lines.sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  process.stdout.write(lines.map(line => line + '\n').join(''));
}

main().catch(error => {
  console.error(`jsonld_to_nquads: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
