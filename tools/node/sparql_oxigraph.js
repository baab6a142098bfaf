#!/usr/bin/env node
// Usage: node sparql_oxigraph.js DATA.nt QUERIES.txt
// Loads N-Triples into an in-memory Oxigraph store and runs each query of
// QUERIES.txt (queries separated by a line holding only "#####"). For each
// query it prints "#query N", then "#error MESSAGE", or "#ask true|false",
// or "#vars a b c" followed by one line per solution: the terms in
// N-Triples form with kg's escaping (ECHAR for " \ BS TAB LF FF CR, \u00XX
// for other controls and DEL, UTF-8 otherwise; xsd:string literals plain),
// separated by tabs, an unbound variable as an empty field. The solutions
// are in Oxigraph's order. Offline.
'use strict';

const fs = require('fs');
const oxigraph = require('oxigraph');

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function escapeLiteral(text) {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      default:
        if (cp < 0x20 || cp === 0x7f) out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
        else out += ch;
    }
  }
  return out;
}

// A term of SPARQL Query Results JSON in N-Triples form.
function term(value) {
  if (!value) return '';
  switch (value.type) {
    case 'uri': return '<' + value.value + '>';
    case 'bnode': return '_:' + value.value;
    case 'literal':
    case 'typed-literal': {
      let out = '"' + escapeLiteral(value.value) + '"';
      if (value['xml:lang']) out += '@' + value['xml:lang'];
      else if (value.datatype && value.datatype !== XSD_STRING) out += '^^<' + value.datatype + '>';
      return out;
    }
    default: return '?' + value.type;
  }
}

function main() {
  const [data, queries] = process.argv.slice(2);
  if (!data || !queries) {
    console.error('usage: sparql_oxigraph.js DATA.nt QUERIES.txt');
    process.exit(2);
  }
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(data, 'utf8'), { format: 'application/n-triples' });
  const texts = fs.readFileSync(queries, 'utf8').split(/^#####$/m);
  const out = [];
  texts.forEach((text, index) => {
    out.push('#query ' + index);
    let result;
    try {
      result = JSON.parse(store.query(text, { results_format: 'application/sparql-results+json' }));
    } catch (error) {
      out.push('#error ' + String(error).replace(/\n/g, ' '));
      return;
    }
    if (typeof result.boolean === 'boolean') {
      out.push('#ask ' + result.boolean);
      return;
    }
    const variables = result.head.vars;
    out.push('#vars ' + variables.join(' '));
    for (const binding of result.results.bindings) out.push(variables.map(name => term(binding[name])).join('\t'));
  });
  process.stdout.write(out.join('\n') + '\n');
}

main();
