#!/usr/bin/env bash
# Lints the OpenAPI documents a running Api serves with Spectral and the OWASP API Top 10 2023 ruleset, as narrowed in
# build/tools/spectral.yaml (each narrowing with its reason). Start the Api first (./build/run.sh), then:
#   build/contract-lint.sh [base-url]       (default http://localhost:5080)
# Prints each document's error and warning counts by rule and exits non-zero while any error remains.
# Node tools are pinned in build/tools/package.json and installed with npm ci (Node from apt when missing).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base_url="${1:-http://localhost:5080}"
tools="$repo_root/build/tools"
out="$repo_root/.local/contract"
mkdir -p "$out"

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "Node.js and npm are needed: sudo apt-get install nodejs npm" >&2; exit 1
  fi
fi
# Installed again whenever package-lock.json is newer than what npm last installed.
[ "$tools/node_modules/.package-lock.json" -nt "$tools/package-lock.json" ] || (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

errors=0
for version in v1 v2; do
  curl -sf "$base_url/openapi/$version.json" -o "$out/$version.json" || { echo "Could not read $base_url/openapi/$version.json: is the Api running?" >&2; exit 1; }
  (cd "$tools" && npx --no-install spectral lint "$out/$version.json" --ruleset spectral.yaml --format json --quiet > "$out/$version-lint.json" || true)
  counts="$(node -e '
    const results = require(process.argv[1]);
    const severity = ["error", "warning", "info", "hint"];
    const byRule = {};
    for (const r of results) { const key = severity[r.severity] + " " + r.code; byRule[key] = (byRule[key] || 0) + 1; }
    const errors = results.filter(r => r.severity === 0).length;
    console.log(`${errors} ${results.filter(r => r.severity === 1).length}`);
    for (const [rule, n] of Object.entries(byRule).sort()) console.log(`  ${n}\t${rule}`);
  ' "$out/$version-lint.json")"
  read -r version_errors version_warnings <<<"$(head -1 <<<"$counts")"
  echo "openapi/$version.json: $version_errors errors, $version_warnings warnings"
  tail -n +2 <<<"$counts"
  errors=$((errors + version_errors))
done
[ "$errors" -eq 0 ]
