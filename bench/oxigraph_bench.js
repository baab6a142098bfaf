#!/usr/bin/env node
// Usage: NODE_PATH=tools/node/node_modules node bench/oxigraph_bench.js DATA.nt QUERIES.txt
// Oxigraph's side of bench/sparql_bench.sh: the time to read and load the
// N-Triples into an in-memory store (in chunks of 64 MiB cut at line ends:
// node strings hold at most 512 MiB), the process's resident memory after
// loading, and the median time of 21 runs of each query (one a line; lines
// starting with # are skipped), results fully read.
'use strict';

const fs = require('fs');
const oxigraph = require('oxigraph');

const [data, queryFile] = process.argv.slice(2);
const start = process.hrtime.bigint();
const store = new oxigraph.Store();
const fd = fs.openSync(data, 'r');
const chunk = Buffer.alloc(64 << 20);
let carry = Buffer.alloc(0);
for (;;) {
  const read = fs.readSync(fd, chunk, 0, chunk.length, null);
  const bytes = Buffer.concat([carry, chunk.subarray(0, read)]);
  const cut = read === 0 ? bytes.length : bytes.lastIndexOf(10) + 1;
  if (cut > 0) store.load(bytes.toString('utf8', 0, cut), { format: 'application/n-triples' });
  carry = Buffer.from(bytes.subarray(cut));
  if (read === 0) break;
}
fs.closeSync(fd);
const load = Number(process.hrtime.bigint() - start) / 1e6;
global.gc && global.gc();
const rss = process.memoryUsage().rss;
console.log(`load ${load.toFixed(0)} ms, ${store.size} statements, RSS after load ${(rss / 1048576).toFixed(1)} MiB = ${(rss / store.size).toFixed(1)} bytes/statement`);
for (const text of fs.readFileSync(queryFile, 'utf8').split('\n')) {
  if (!text.trim() || text.startsWith('#')) continue;
  const times = [];
  let rows = 0;
  for (let i = 0; i < 21; ++i) {
    const begin = process.hrtime.bigint();
    rows = 0;
    for (const _ of store.query(text)) ++rows;
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${times[10].toFixed(3).padStart(8)} ms  ${String(rows).padStart(6)} rows  ${text}`);
}
