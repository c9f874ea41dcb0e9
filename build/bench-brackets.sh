#!/usr/bin/env bash
# Bracket benchmark (issue 18): BenchmarkDotNet times, in memory, planning a 1,024-entrant double elimination and
# playing it through, and pairing round 9 of a 512-entrant Swiss (tests/Benchmarks/Brackets). Targets: 10 ms, 50 ms,
# 100 ms. Results in BenchmarkDotNet.Artifacts/ and on the console.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
dotnet run -c Release --project tests/Benchmarks/Brackets/Platform.Benchmarks.Brackets.csproj -- --filter '*' --exporters github "$@"
