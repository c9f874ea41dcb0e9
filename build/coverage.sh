#!/usr/bin/env bash
# Prints the line coverage that coverlet collected in a test run (build/test.sh passes its results directory):
# of all Platform code, and of the training diary's module (the Exercises and Workouts namespaces of every layer).
# Exits non-zero when the diary falls under PLATFORM_MIN_DIARY_COVERAGE percent (70 by default, issue 6).
set -euo pipefail
results="${1:?usage: build/coverage.sh <coverage results directory>}"
minimum="${PLATFORM_MIN_DIARY_COVERAGE:-70}"
reports="$results/*/coverage.cobertura.xml"
if ! compgen -G "$reports" > /dev/null; then
  echo "Coverage: no coverlet report in $results"
  exit 1
fi

# "Line coverage: 83.2%" and "Covered lines: 2488" / "Coverable lines: 3324" from ReportGenerator's text summary.
summarize() {
  local name="$1" target="$results/summary-$1"
  shift
  dotnet reportgenerator "-reports:$reports" "-targetdir:$target" -reporttypes:TextSummary "$@" > "$target.log" 2>&1 \
    || { cat "$target.log" >&2; return 1; }
  awk -F': +' '/^  Line coverage:/ {rate=$2} /^  Covered lines:/ {covered=$2} /^  Coverable lines:/ {coverable=$2}
    END {printf "%s (%s of %s lines)", rate, covered, coverable}' "$target/Summary.txt"
}

all=$(summarize all)
diary=$(summarize diary "-classfilters:+Platform.*.Exercises.*;+Platform.*.Workouts.*")
echo "Coverage (lines, coverlet): all code $all; training diary (Exercises + Workouts) $diary"
rate=${diary%%%*}
if awk -v rate="$rate" -v minimum="$minimum" 'BEGIN {exit !(rate < minimum)}'; then
  echo "Coverage: the training diary is under $minimum% of lines"
  exit 1
fi
