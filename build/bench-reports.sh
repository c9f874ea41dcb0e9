#!/usr/bin/env bash
# Reports benchmark (issue 17): seeds two years of a large platform once (into the database platform_bench_reports of
# the private PostgreSQL: 1,000,000 users and sessions, 10,000,000 audit events, 10,000,000 activity rows, 5,000,000
# notifications, monthly partitions), then times every administrators' report over 12 months, a 1,000,000-row export,
# dropping a month's partition against deleting its rows, and the audit trail with and without partitions
# (tests/Benchmarks/Reports). Seeding takes several minutes and about 5 GB of disk.
#
# Settings: PLATFORM_BENCH_ITERATIONS (timed runs per report, default 20).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
platform_pg_start
export PLATFORM_BENCH_CONNECTION="$PLATFORM_PG_CONNECTION;Database=platform_bench_reports;Command Timeout=0"

dotnet build tests/Benchmarks/Reports/Reports.csproj -c Release -v quiet -nologo >/dev/null
mkdir -p .local/bench
dotnet tests/Benchmarks/Reports/bin/Release/net10.0/Platform.Benchmarks.Reports.dll | tee .local/bench/reports.txt
