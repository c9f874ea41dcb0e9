#!/usr/bin/env bash
# Command 2: build and run every test project. With no PLATFORM_TEST_CONNECTION set, it starts the
# same private PostgreSQL as run.sh. Ends with "Tests: N passed, N failed, N skipped" summed over all
# test projects and exits non-zero when anything failed or did not build.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
# Every server this script starts is stopped when it ends, however it ends.
trap platform_pg_stop_started EXIT
if [ -z "${PLATFORM_TEST_CONNECTION:-}" ]; then
  # The tests' own cluster, fast and throw-away (fsync off); run.sh's durable cluster is not touched.
  platform_pg_start postgres-tests "${PLATFORM_TEST_PG_PORT:-55433}" fast || { echo "Tests: 0 passed, 1 failed (PostgreSQL did not start)"; exit 1; }
  export PLATFORM_TEST_CONNECTION="$PLATFORM_PG_CONNECTION;Database=platform_tests"
fi
# The crash test kills and restarts the postmaster of a durable cluster of its own (tests/Resilience.Tests).
platform_pg_start postgres-crash "${PLATFORM_CRASH_PG_PORT:-55434}" durable || { echo "Tests: 0 passed, 1 failed (PostgreSQL did not start)"; exit 1; }
export PLATFORM_CRASH_CONNECTION="$PLATFORM_PG_CONNECTION;Database=platform_crash" PLATFORM_CRASH_PGDATA="$PLATFORM_PG_DATA" PLATFORM_PG_BIN

# The Redis tests start (and kill) private redis-server processes of their own.
# shellcheck source=build/lib-redis.sh
source "$repo_root/build/lib-redis.sh"
platform_redis_ensure || { echo "Tests: 0 passed, 1 failed (redis-server is missing)"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# In CI a missing snapshot is a failure, not a new snapshot (the contract must be committed).
if [ -n "${CI:-}" ]; then
  export SNAPSHOOTER_STRICT_MODE=true
fi
dotnet tool restore >/dev/null || exit 1
if ! dotnet build Platform.sln -c Release -nologo -v quiet; then
  echo "Tests: 0 passed, 1 failed (the solution did not build)"
  exit 1
fi

log="$repo_root/.local/test-output.log"
coverage="$repo_root/.local/coverage"
mkdir -p "$repo_root/.local"
rm -rf "$coverage"
# coverlet collects line coverage in every run (build/coverage.runsettings); build/coverage.sh prints it below.
dotnet test Platform.sln -c Release --no-build -nologo --settings build/coverage.runsettings --results-directory "$coverage" \
  --filter "Category!=Crash" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The crash test runs alone, after the others: it kills and restarts its own cluster's postmaster while writers
# create projects through a separate Api process (tests/Resilience.Tests, ADR 24). Skip with PLATFORM_SKIP_CRASH_TEST=1.
if [ -z "${PLATFORM_SKIP_CRASH_TEST:-}" ]; then
  rm -f "$repo_root/.local/crash-test/report.txt"
  dotnet test tests/Resilience.Tests/Resilience.Tests.csproj -c Release --no-build -nologo --filter "Category=Crash" 2>&1 | tee -a "$log"
  crash_status=${PIPESTATUS[0]}
  cat "$repo_root/.local/crash-test/report.txt" 2>/dev/null | tee -a "$log"
  if [ "$crash_status" -ne 0 ]; then
    status=$crash_status
  fi
fi

# The templates must still generate code that builds and passes the architecture and generated tests
# (skip with PLATFORM_SKIP_TEMPLATE_TEST=1 when iterating on something else).
if [ -z "${PLATFORM_SKIP_TEMPLATE_TEST:-}" ]; then
  "$repo_root/build/test-templates.sh" 2>&1 | tee -a "$log"
  template_status=${PIPESTATUS[0]}
  if [ "$template_status" -ne 0 ]; then
    status=$template_status
  fi
fi

# The published contract as clients meet it: the served OpenAPI documents lint clean (build/contract-check.sh, ADR 34).
"$repo_root/build/contract-check.sh" 2>&1 | tee -a "$log"
contract_status=${PIPESTATUS[0]}
if [ "$contract_status" -ne 0 ]; then
  status=$contract_status
fi

# The monitoring as operators meet it: promtool, and every dashboard panel and alert on a real Prometheus scraping the
# Api (build/observability-check.sh).
"$repo_root/build/observability-check.sh" 2>&1 | tee -a "$log"
observability_status=${PIPESTATUS[0]}
if [ "$observability_status" -ne 0 ]; then
  status=$observability_status
fi

if ! "$repo_root/build/coverage.sh" "$coverage" | tee -a "$log"; then
  status=1
fi

# "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ..." per test assembly.
read -r passed failed skipped assemblies < <(
  grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
    | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3; n++} END {print p+0, f+0, s+0, n+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project did not run: never report green
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped ($assemblies test assemblies)"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
