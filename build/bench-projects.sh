#!/usr/bin/env bash
# Projects benchmark: seeds 1,000,000 projects (once, into the database platform_bench_projects of the private
# PostgreSQL) and times v2 search, v2 keyset pages and v1 offset pages at growing depth through the repository
# (tests/Benchmarks/ProjectSearch). The cached by-id read over HTTP is measured by `build/bench.sh --project`.
#
# Settings: PLATFORM_BENCH_PROJECTS (default 1000000), PLATFORM_BENCH_ITERATIONS (timed runs per row, default 50).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
platform_pg_start
export PLATFORM_BENCH_CONNECTION="$PLATFORM_PG_CONNECTION;Database=platform_bench_projects;Command Timeout=0"

dotnet build tests/Benchmarks/ProjectSearch/ProjectSearch.csproj -c Release -v quiet -nologo >/dev/null
mkdir -p .local/bench
dotnet tests/Benchmarks/ProjectSearch/bin/Release/net10.0/Platform.Benchmarks.ProjectSearch.dll | tee .local/bench/projects.txt
