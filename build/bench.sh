#!/usr/bin/env bash
# End-to-end benchmark: GET /api/v1/auth/me through the full Api (JWT, versioning, Carter, MediatR
# behaviors, cache hit) against a bare minimal-API endpoint that validates the same JWT and returns the
# same JSON (tests/Benchmarks/BareApi). Both run in Release on loopback on this machine; wrk drives them
# in alternating rounds. Then BenchmarkDotNet measures each behavior alone (--micro, or --only-micro).
# With --project the Api side reads one project instead (GET /api/v1/projects/{id}: membership check, cache
# hit, Deprecation headers) against the same bare endpoint.
# With --tracing the comparison is the Api against itself: one process with tracing off (OTEL_TRACES_SAMPLER=always_off)
# and one sampling every request and exporting its spans over OTLP/HTTP to a local sink (issue 17: >= 0.90x).
#
# Settings: BENCH_DURATION (seconds per round, default 10), BENCH_ROUNDS (default 3),
#           BENCH_CONNECTIONS (default 32), BENCH_THREADS (wrk threads, default 1), BENCH_PIN (default 1),
#           BENCH_WARMUP (seconds per endpoint, default 90).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

duration="${BENCH_DURATION:-10}"
rounds="${BENCH_ROUNDS:-3}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-1}"
api_port=5181
bare_port=5182
work="$repo_root/.local/bench"
mkdir -p "$work"

run_http=true; run_micro=false; read_project=false; compare_tracing=false
for arg in "$@"; do
  case "$arg" in
    --micro) run_micro=true ;;
    --only-micro) run_http=false; run_micro=true ;;
    --project) read_project=true ;;
    --tracing) compare_tracing=true ;;
  esac
done

if $run_http; then
  if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
      echo "wrk is needed: sudo apt-get install wrk (or brew install wrk)" >&2; exit 1
    fi
  fi

  # shellcheck source=build/lib-postgres.sh
  source "$repo_root/build/lib-postgres.sh"
  platform_pg_start
  export ConnectionStrings__Platform="$PLATFORM_PG_CONNECTION;Database=platform_bench"
  # One ES256 key for the run: the Api signs and checks with it, the bare endpoint checks with it.
  Jwt__SigningKeys__0__PrivateKeyPem="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null)"
  export Jwt__SigningKeys__0__KeyId=bench Jwt__SigningKeys__0__PrivateKeyPem ASPNETCORE_ENVIRONMENT=Production
  export PasswordReset__LinkTemplate='https://bench.invalid/reset-password?token={token}' Mail__PickupDirectory="$work/mail"
  Redaction__Key="$(openssl rand -base64 48)"
  export Redaction__Key Redaction__KeyId=1
  export Notifications__UnsubscribeUrl='https://bench.invalid/api/v1/notifications/unsubscribe?token={token}'
  # One user at full speed: the per-caller limit (ADR 35) still runs and counts, but never refuses.
  export RateLimits__Api__PermitLimit=1000000000

  dotnet build src/Api/Api.csproj -c Release -v quiet -nologo >/dev/null
  dotnet build tests/Benchmarks/BareApi/BareApi.csproj -c Release -v quiet -nologo >/dev/null
  dotnet src/Api/bin/Release/net10.0/Platform.Api.dll migrate > "$work/migrate.log"

  pids=()
  cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
  trap cleanup EXIT
  # With two or more cores, each server gets CPU 1 and wrk CPU 0, so they do not compete for a core and
  # the figures depend less on the scheduler (set BENCH_PIN=0 to let them share every core).
  pin_server=(); pin_load=()
  if [ "${BENCH_PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
    pin_server=(taskset -c 1); pin_load=(taskset -c 0)
  fi
  api_env=()
  $compare_tracing && api_env=(OTEL_TRACES_SAMPLER=always_off)
  (cd src/Api && exec env "${api_env[@]}" "${pin_server[@]}" dotnet bin/Release/net10.0/Platform.Api.dll --urls "http://127.0.0.1:$api_port") \
    > "$work/api.log" 2>&1 &
  pids+=($!)
  if $compare_tracing; then
    # The first process traces nothing; the second (in the bare endpoint's place) samples every request and exports
    # its spans to a sink that accepts every OTLP/HTTP post, as a collector on the same host would.
    sink_port=5184
    node -e "require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end()); }).listen($sink_port, '127.0.0.1')" \
      > "$work/sink.log" 2>&1 &
    pids+=($!)
    (cd src/Api && OTEL_TRACES_SAMPLER=always_on OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
      exec "${pin_server[@]}" dotnet bin/Release/net10.0/Platform.Api.dll --urls "http://127.0.0.1:$bare_port") > "$work/traced.log" 2>&1 &
    pids+=($!)
  else
    (cd tests/Benchmarks/BareApi && exec "${pin_server[@]}" dotnet bin/Release/net10.0/Platform.Benchmarks.BareApi.dll --urls "http://127.0.0.1:$bare_port" \
      --Profile:Email bench@example.com --Profile:DisplayName Bench) > "$work/bare.log" 2>&1 &
    pids+=($!)
  fi
  for port in $api_port $bare_port; do # ready when an anonymous call is refused with 401
    for attempt in $(seq 1 60); do
      status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/auth/me" || true)
      [ "$status" = 401 ] && break
      [ "$attempt" = 60 ] && { echo "port $port did not come up; see $work/*.log" >&2; exit 1; }
      sleep 0.5
    done
  done

  curl -s -o /dev/null -X POST "http://127.0.0.1:$api_port/api/v1/auth/register" -H 'content-type: application/json' \
    -d '{"email":"bench@example.com","password":"benchmark passphrase 2026","displayName":"Bench"}'
  token=$(curl -sf -X POST "http://127.0.0.1:$api_port/api/v1/auth/login" -H 'content-type: application/json' \
    -H 'X-App-Type: desktop' -H 'X-App-Version: 1.0' -H 'X-Device-ID: bench' \
    -d '{"email":"bench@example.com","password":"benchmark passphrase 2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  api_path=/api/v1/auth/me
  if $read_project; then
    project=$(curl -sf -X POST "http://127.0.0.1:$api_port/api/v1/projects" -H "Authorization: Bearer $token" \
      -H 'content-type: application/json' -d '{"key":"BENCH","name":"Bench","description":"A project to read","tags":["bench"]}' \
      | sed -E 's/.*"id":"([^"]+)".*/\1/')
    api_path="/api/v1/projects/$project"
  fi
  api_body=$(curl -sf "http://127.0.0.1:$api_port$api_path" -H "Authorization: Bearer $token")
  bare_body=$(curl -sf "http://127.0.0.1:$bare_port$($compare_tracing && echo "$api_path" || echo /api/v1/auth/me)" -H "Authorization: Bearer $token")
  if $read_project; then
    echo "Api $api_path answers: $api_body"; echo "Bare /api/v1/auth/me answers: $bare_body"
  elif [ "$api_body" != "$bare_body" ]; then
    echo "The two endpoints answer different JSON:"; echo " api:  $api_body"; echo " bare: $bare_body"; exit 1
  else
    echo "Both endpoints answer: $api_body"
  fi

  measure() { # port -> "requests_per_second p99_ms"
    local path=/api/v1/auth/me
    { [ "$1" = "$api_port" ] || $compare_tracing; } && path="$api_path"
    "${pin_load[@]}" wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$1$path" > "$work/wrk.txt"
    if grep -qE 'Non-2xx|Socket errors' "$work/wrk.txt"; then cat "$work/wrk.txt" >&2; exit 1; fi
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/, "", v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v=v*1000}; print v}' "$work/wrk.txt")
    echo "$rps $p99"
  }

  # Warm each endpoint for BENCH_WARMUP seconds (default 90) in 10 s windows: with one busy core, tiered JIT
  # keeps recompiling for over a minute, and throughput plateaus (~2.6k req/s) before it reaches steady state.
  warm_up() {
    local current=0 window
    duration_saved="$duration"; duration=10
    for window in $(seq 1 $(( ${BENCH_WARMUP:-90} / 10 ))); do
      read -r current _ < <(measure "$1")
      printf ' %.0f' "$current"
    done
    duration="$duration_saved"
    echo
  }
  first=pipeline; second=bare; target="throughput %.2fx (target >= 0.70)   p99 %.2fx (target <= 1.50)"
  if $compare_tracing; then
    first=untraced; second=traced; target="traced/untraced throughput %.2fx (target >= 0.90)   p99 %.2fx"
  fi
  echo "Warm-up, req/s per 10 s window:"
  printf '  %-8s' "$first"; warm_up $api_port
  printf '  %-8s' "$second"; warm_up $bare_port

  printf '\n%-6s %-10s %14s %10s\n' round endpoint "requests/s" "p99 ms"
  api_rps_sum=0; bare_rps_sum=0; api_p99_sum=0; bare_p99_sum=0
  for round in $(seq 1 "$rounds"); do
    read -r rps p99 < <(measure $api_port)
    printf '%-6s %-10s %14.0f %10.2f\n' "$round" "$first" "$rps" "$p99"
    api_rps_sum=$(awk -v a="$api_rps_sum" -v b="$rps" 'BEGIN {print a+b}'); api_p99_sum=$(awk -v a="$api_p99_sum" -v b="$p99" 'BEGIN {print a+b}')
    read -r rps p99 < <(measure $bare_port)
    printf '%-6s %-10s %14.0f %10.2f\n' "$round" "$second" "$rps" "$p99"
    bare_rps_sum=$(awk -v a="$bare_rps_sum" -v b="$rps" 'BEGIN {print a+b}'); bare_p99_sum=$(awk -v a="$bare_p99_sum" -v b="$p99" 'BEGIN {print a+b}')
  done

  awk -v ar="$api_rps_sum" -v br="$bare_rps_sum" -v ap="$api_p99_sum" -v bp="$bare_p99_sum" -v n="$rounds" \
      -v c="$connections" -v t="$threads" -v d="$duration" -v first="$first" -v second="$second" -v target="$target" \
      -v tracing="$compare_tracing" 'BEGIN {
    printf "\nMean of %d rounds of %ds, wrk -t%d -c%d, loopback:\n", n, d, t, c
    printf "  %-8s  %10.0f req/s   p99 %6.2f ms\n", first, ar/n, ap/n
    printf "  %-8s  %10.0f req/s   p99 %6.2f ms\n", second, br/n, bp/n
    if (tracing == "true") printf "  ratio     " target "\n", br/ar, bp/ap
    else printf "  ratio     " target "\n", ar/br, ap/bp
  }'
fi

if $run_micro; then
  dotnet run -c Release --project tests/Benchmarks/Pipeline/Platform.Benchmarks.csproj -- --filter '*' --job short --exporters github \
    --artifacts "$work/BenchmarkDotNet.Artifacts"
fi
