#!/usr/bin/env bash
# Checks the published contract the way a client meets it: serves the built Api on a loopback port (Development
# settings, a database of its own on the tests' PostgreSQL), then
#   1-2. lints both OpenAPI documents it serves with Spectral and the OWASP ruleset (build/contract-lint.sh);
#   3.   generates a TypeScript client from them (openapi-typescript), compiles build/tools/client/flow.mts under
#        tsc --strict and runs it against the Api: sign-up, sign-in narrowing on tokenType, me, a project in v1 and
#        v2, a logged workout, statistics, each answer checked against its documented schema;
#   4.   opens the docs UI in headless Chromium (build/tools/docs/check-docs-ui.mjs): no request leaves the app's
#        origin, none fails, nothing breaks its Content-Security-Policy, v1 shows sign-in first and opens the login
#        operation, the picker switches to v2.
# Needs PLATFORM_TEST_CONNECTION (build/test.sh sets it) and a Release build. Prints a "Passed!/Failed!" line like
# dotnet test's, one check per line above, for build/test.sh's summary.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${PLATFORM_TEST_CONNECTION:?PLATFORM_TEST_CONNECTION is not set; run build/test.sh}"
port="${PLATFORM_CONTRACT_PORT:-5186}"
work="$repo_root/.local/contract"
mkdir -p "$work"

# From the Api's folder, whose appsettings*.json are its content.
cd "$repo_root/src/Api"
ConnectionStrings__Platform="$(sed -E 's/Database=[^;]*/Database=platform_contract/' <<<"$PLATFORM_TEST_CONNECTION")" \
ASPNETCORE_ENVIRONMENT=Development \
  dotnet bin/Release/net10.0/Platform.Api.dll --urls "http://127.0.0.1:$port" > "$work/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null; wait "$api" 2>/dev/null' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health/ready" -o /dev/null && break
  kill -0 "$api" 2>/dev/null || { cat "$work/api.log" >&2; echo "Failed!  - Failed:     1, Passed:     0, Skipped:     0, Total:     1, Duration: 0 s - contract checks (the Api did not start)"; exit 1; }
  sleep 1
done

started=$SECONDS
"$repo_root/build/contract-lint.sh" "http://127.0.0.1:$port" | tee "$work/lint.txt"
failed=$(grep -cE '^openapi/v[0-9]+\.json: [1-9][0-9]* errors' "$work/lint.txt")
checked=$(grep -cE '^openapi/v[0-9]+\.json: ' "$work/lint.txt")
[ "$checked" -eq 2 ] || failed=$((failed + 2 - checked))

tools="$repo_root/build/tools"
generated="$tools/generated"
rm -rf "$generated" && mkdir -p "$generated"
if (cd "$tools" \
    && cp "$work/v1.json" "$work/v2.json" generated/ \
    && npx --no-install openapi-typescript generated/v1.json -o generated/v1.d.ts --default-non-nullable false >/dev/null \
    && npx --no-install openapi-typescript generated/v2.json -o generated/v2.d.ts --default-non-nullable false >/dev/null \
    && npx --no-install tsc -p client/tsconfig.json \
    && node generated/out/client/flow.mjs "http://127.0.0.1:$port" generated/v1.json generated/v2.json); then
  :
else
  echo "The generated client did not compile, or its flow failed against the Api" >&2
  failed=$((failed + 1))
fi

# The docs UI in Debian's headless Chromium (no browser download): offline, under its own CSP, v1 and v2.
if ! command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed for the docs UI check: sudo apt-get install chromium" >&2
  fi
fi
login_summary="$(node -e 'console.log(require(process.argv[1]).paths["/api/v1/auth/login"].post.summary)' "$work/v1.json")"
if ! (cd "$tools" && CHROMIUM="$(command -v "${CHROMIUM:-chromium}")" DOCS_SCREENSHOT="$work/docs-ui.png" \
    node docs/check-docs-ui.mjs "http://127.0.0.1:$port" "$login_summary"); then
  echo "The docs UI did not work offline under its own Content-Security-Policy (screenshot: $work/docs-ui.png)" >&2
  failed=$((failed + 1))
fi

total=4
passed=$((total - failed))
label=$([ "$failed" -eq 0 ] && echo "Passed!" || echo "Failed!")
printf '%s  - Failed: %5d, Passed: %5d, Skipped: %5d, Total: %5d, Duration: %d s - contract checks (Spectral + OWASP on v1 and v2, generated TypeScript client flow, docs UI in Chromium)\n' \
  "$label" "$failed" "$passed" 0 "$total" $((SECONDS - started))
[ "$failed" -eq 0 ]
