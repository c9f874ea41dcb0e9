#!/usr/bin/env bash
# Proves the monitoring the way operators meet it (issue 17, docs/observability.md):
#   1. promtool checks deploy/prometheus/prometheus.yml and the alert rules;
#   2. promtool runs the alert rules' unit tests (deploy/prometheus/alerts.test.yml);
#   3+. a real Prometheus scrapes the built Api every second and loads the alert rules, traffic goes through every
#       module, and build/tools/observability/check-observability.mjs checks the dashboards' files, every panel query
#       and alert expression (accepted, and every metric it names has a series) and every rule's evaluation.
# Prometheus comes from apt (installed when missing and running as root on Debian; otherwise it says what to install).
# Needs PLATFORM_TEST_CONNECTION (build/test.sh sets it) and a Release build. Prints a "Passed!/Failed!" line like
# dotnet test's for build/test.sh's summary.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${PLATFORM_TEST_CONNECTION:?PLATFORM_TEST_CONNECTION is not set; run build/test.sh}"
api_port="${PLATFORM_OBSERVABILITY_PORT:-5187}"
prometheus_port="${PLATFORM_PROMETHEUS_PORT:-9391}"
work="$repo_root/.local/observability"
rm -rf "$work" && mkdir -p "$work"
summary() { # failed passed seconds
  local label; label=$([ "$1" -eq 0 ] && echo "Passed!" || echo "Failed!")
  printf '%s  - Failed: %5d, Passed: %5d, Skipped: %5d, Total: %5d, Duration: %d s - observability checks (promtool, dashboards and alerts on a real Prometheus)\n' \
    "$label" "$1" "$2" 0 $(($1 + $2)) "$3"
}

if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  fi
  if ! command -v prometheus >/dev/null 2>&1; then
    echo "Prometheus and promtool are needed for the observability checks: sudo apt-get install prometheus" >&2
    summary 1 0 0
    exit 1
  fi
fi
# The Debian package starts a system Prometheus; the check runs its own, so that one is not needed.
systemctl is-active --quiet prometheus 2>/dev/null && systemctl stop prometheus 2>/dev/null

started=$SECONDS
failed=0 passed=0
if (cd "$repo_root/deploy/prometheus" && promtool check config prometheus.yml && promtool check rules alerts.yml); then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
if (cd "$repo_root/deploy/prometheus" && promtool test rules alerts.test.yml); then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

# The Api as a worker and API in one, with a mail server that is not there (so mail is retried, then dead) and the
# outbox purge every two seconds (so job runs are counted).
cd "$repo_root/src/Api"
# (env, because a job's key holds a dash, which a shell variable name cannot.)
env ConnectionStrings__Platform="$(sed -E 's/Database=[^;]*/Database=platform_observability/' <<<"$PLATFORM_TEST_CONNECTION")" \
ASPNETCORE_ENVIRONMENT=Development \
Mail__Transport=Smtp Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port=9 Mail__Smtp__Security=None Mail__Smtp__Timeout=00:00:02 \
Outbox__PollInterval=00:00:00.500 Outbox__MaxAttempts=2 Outbox__FirstRetry=00:00:01 Outbox__LongestRetry=00:00:01 \
"Jobs__outbox-purge__Cron=0/2 * * * * ?" \
  dotnet bin/Release/net10.0/Platform.Api.dll --urls "http://127.0.0.1:$api_port" > "$work/api.log" 2>&1 &
api=$!
cat > "$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $repo_root/deploy/prometheus/alerts.yml
scrape_configs:
  - job_name: platform
    static_configs:
      - targets: ["127.0.0.1:$api_port"]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$prometheus_port" > "$work/prometheus.log" 2>&1 &
prom=$!
trap 'kill "$api" "$prom" 2>/dev/null; wait "$api" "$prom" 2>/dev/null' EXIT

ready=
for _ in $(seq 1 60); do
  if curl -sf "http://127.0.0.1:$api_port/health/ready" -o /dev/null && curl -sf "http://127.0.0.1:$prometheus_port/-/ready" -o /dev/null; then
    ready=1 && break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  tail -n 20 "$work/api.log" "$work/prometheus.log" >&2
  summary $((failed + 1)) "$passed" $((SECONDS - started))
  exit 1
fi

(cd "$repo_root/build/tools" && node observability/check-observability.mjs "http://127.0.0.1:$api_port" "http://127.0.0.1:$prometheus_port" "$repo_root") \
  | tee "$work/check.txt"
read -r _ checks_passed checks_failed < <(grep '^RESULT ' "$work/check.txt" || echo "RESULT 0 1")
summary $((failed + checks_failed)) $((passed + checks_passed)) $((SECONDS - started))
[ $((failed + checks_failed)) -eq 0 ]
