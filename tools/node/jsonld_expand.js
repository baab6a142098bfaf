#!/usr/bin/env node
// Usage: node jsonld_expand.js FILE.jsonld
// Prints jsonld.expand() of the document (offline) as JSON with the keys of
// every object sorted, so two documents compare as text.
'use strict';

const fs = require('fs');
const jsonld = require('jsonld');

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.keys(value).sort().map(key => [key, sorted(value[key])]));
  return value;
}

async function main() {
  const file = process.argv[2];
  const documentLoader = async url => {
    throw new Error(`remote document refused (offline, contexts must be inline): ${url}`);
  };
  const expanded = await jsonld.expand(JSON.parse(fs.readFileSync(file, 'utf8')), {documentLoader, safe: true});
  process.stdout.write(JSON.stringify(sorted(expanded)) + '\n');
}

main().catch(error => {
  console.error(`jsonld_expand: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
