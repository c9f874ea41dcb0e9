#!/usr/bin/env bash
# Training diary benchmark: seeds (once, into the database platform_bench_diary of the private PostgreSQL) a user with
# 5 years of daily workouts (about 1,800 workouts and 30,000 sets) among other users with a year each, and times the
# statistics and records queries through the repository (tests/Benchmarks/DiaryStats). Figures: docs/benchmarks.md.
#
# Settings: PLATFORM_BENCH_OTHER_USERS (default 200), PLATFORM_BENCH_ITERATIONS (timed runs per row, default 50).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
platform_pg_start
export PLATFORM_BENCH_CONNECTION="$PLATFORM_PG_CONNECTION;Database=platform_bench_diary;Command Timeout=0"

dotnet build tests/Benchmarks/DiaryStats/DiaryStats.csproj -c Release -v quiet -nologo >/dev/null
mkdir -p .local/bench
dotnet tests/Benchmarks/DiaryStats/bin/Release/net10.0/Platform.Benchmarks.DiaryStats.dll | tee .local/bench/diary.txt
