#!/usr/bin/env bash
# Tournaments over HTTP (issue 18): the Api in Release against the private PostgreSQL (database
# platform_bench_tournaments, made anew each run). One user organises a double elimination and captains its 1,024
# teams (seeded by SQL: entering 1,024 teams through the API measures registration, not the draw); then
#   1. POST /start, persisted: the whole bracket (2,047 matches) drawn and saved in one transaction;
#   2. GET /bracket of it (served from the cache): wrk with 1 connection, then BENCH_CONNECTIONS (8), BENCH_DURATION
#      seconds each, latency percentiles;
#   3. report -> confirm -> advance: every ready match of the first round played with BENCH_IN_FLIGHT (50) at once,
#      each a report and a confirmation, each confirmation advancing the bracket in its transaction.
# Figures go to .local/bench/tournaments.txt; docs/benchmarks.md has the last run's.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

teams="${BENCH_TEAMS:-1024}"
duration="${BENCH_DURATION:-15}"
connections="${BENCH_CONNECTIONS:-8}"
in_flight="${BENCH_IN_FLIGHT:-50}"
port=5185
api="http://127.0.0.1:$port"
work="$repo_root/.local/bench"
mkdir -p "$work"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
platform_pg_start
# shellcheck source=build/lib-redis.sh
source "$repo_root/build/lib-redis.sh"
platform_redis_ensure >/dev/null
database=platform_bench_tournaments
pg_port=$(sed -E "s/.*Port=([0-9]+).*/\1/" <<<"$PLATFORM_PG_CONNECTION")
psql_bench() { psql "host=127.0.0.1 port=$pg_port user=postgres dbname=$database" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
export ConnectionStrings__Platform="$PLATFORM_PG_CONNECTION;Database=$database"
Jwt__SigningKeys__0__PrivateKeyPem="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null)"
export Jwt__SigningKeys__0__KeyId=bench Jwt__SigningKeys__0__PrivateKeyPem ASPNETCORE_ENVIRONMENT=Production
export PasswordReset__LinkTemplate='https://bench.invalid/reset-password?token={token}' Mail__PickupDirectory="$work/mail"
Redaction__Key="$(openssl rand -base64 48)"
export Redaction__Key Redaction__KeyId=1
export Notifications__UnsubscribeUrl='https://bench.invalid/api/v1/notifications/unsubscribe?token={token}'
export RateLimits__Api__PermitLimit=1000000000

dotnet build src/Api/Api.csproj -c Release -v quiet -nologo >/dev/null
dotnet src/Api/bin/Release/net10.0/Platform.Api.dll migrate > "$work/migrate.log"
(cd src/Api && exec dotnet bin/Release/net10.0/Platform.Api.dll --urls "$api") > "$work/api-tournaments.log" 2>&1 &
api_pid=$!
trap 'kill $api_pid 2>/dev/null || true' EXIT
for attempt in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/api/v1/auth/me" || true)" = 401 ] && break
  [ "$attempt" = 60 ] && { echo "the Api did not come up; see $work/api-tournaments.log" >&2; exit 1; }
  sleep 0.5
done

curl -sf -o /dev/null -X POST "$api/api/v1/auth/register" -H 'content-type: application/json' \
  -d '{"email":"organiser@example.com","password":"benchmark passphrase 2026","displayName":"Organiser"}'
token=$(curl -sf -X POST "$api/api/v1/auth/login" -H 'content-type: application/json' \
  -H 'X-App-Type: desktop' -H 'X-App-Version: 1.0' -H 'X-Device-ID: bench' \
  -d '{"email":"organiser@example.com","password":"benchmark passphrase 2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
auth=(-H "Authorization: Bearer $token")
tournament=$(curl -sf -X POST "$api/api/v1/tournaments" "${auth[@]}" -H 'content-type: application/json' \
  -d "{\"name\":\"Bench Cup\",\"sport\":\"football\",\"city\":\"Berlin\",\"settings\":{\"format\":\"double_elimination\",\"capacity\":$teams}}" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
curl -sf -o /dev/null -X POST "$api/api/v1/tournaments/$tournament/registration" "${auth[@]}"

# The field: one captain (the organiser) for every team, accepted in seed order.
psql_bench <<SQL
WITH organiser AS (SELECT id FROM users WHERE email = 'organiser@example.com'),
teams AS (
  INSERT INTO teams (id, name, name_key, sport, city, city_key, recruiting, roster_limit, captain_id, created_at, updated_at, version)
  SELECT gen_random_uuid(), 'Team ' || n, 'TEAM ' || n, 'football', 'Berlin', 'BERLIN', false, 25, organiser.id, now(), now(), 1
  FROM generate_series(1, $teams) AS n, organiser
  RETURNING id, captain_id, name)
, members AS (INSERT INTO team_members (user_id, team_id, joined_at) SELECT captain_id, id, now() FROM teams)
INSERT INTO tournament_entries (id, team_id, captain_id, player_ids, status, entered_at, decided_at, seed, tournament_id)
SELECT gen_random_uuid(), id, captain_id, ARRAY[captain_id], 'Accepted', now(), now(), substring(name from 6)::int, '$tournament' FROM teams;
SQL

started=$(curl -s -o "$work/start.json" -w '%{http_code} %{time_total}' -X POST "$api/api/v1/tournaments/$tournament/start" "${auth[@]}")
matches=$(psql_bench -c "SELECT count(*) FROM matches WHERE tournament_id = '$tournament'")
[ "${started%% *}" = 200 ] || { cat "$work/start.json" >&2; exit 1; }

curl -sf -o /dev/null "$api/api/v1/tournaments/$tournament/bracket" "${auth[@]}" # warm
bracket_bytes=$(curl -sf "$api/api/v1/tournaments/$tournament/bracket" "${auth[@]}" | wc -c)
for c in 1 "$connections"; do
  wrk -t1 -c"$c" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$api/api/v1/tournaments/$tournament/bracket" > "$work/wrk-bracket-$c.txt"
  grep -qE "Non-2xx" "$work/wrk-bracket-$c.txt" && { cat "$work/wrk-bracket-$c.txt" >&2; exit 1; }
done

# Round 1: every ready match reported and confirmed, $in_flight at once.
ready=$(for page in 1 2 3 4 5 6; do
  curl -sf "$api/api/v1/tournaments/$tournament/matches?status=ready&round=1&pageSize=100&page=$page" "${auth[@]}" | grep -oE '"id":"[0-9a-f-]{36}","homeTeamId"' | cut -d'"' -f4
done)
played=$(wc -l <<<"$ready")
play() {
  curl -sf -o /dev/null -X POST "$1/api/v1/matches/$3/reports" -H "Authorization: Bearer $2" -H 'content-type: application/json' -d '{"homeScore":2,"awayScore":1}' \
    && curl -sf -o /dev/null -X POST "$1/api/v1/matches/$3/confirm" -H "Authorization: Bearer $2" || echo "failed $3"
}
export -f play
begin=$(date +%s.%N)
failures=$(xargs -P "$in_flight" -I{} bash -c 'play "$0" "$1" {}' "$api" "$token" <<<"$ready" | grep -c failed || true)
elapsed=$(echo "$(date +%s.%N) - $begin" | bc)
advanced=$(psql_bench -c "SELECT count(*) FROM matches WHERE tournament_id = '$tournament' AND status = 'Ready' AND NOT (side = 'Winners' AND round = 1)")

{
  echo "POST /start, $teams entrants, double elimination: HTTP ${started%% *} in ${started##* } s; $matches matches persisted"
  for c in 1 "$connections"; do
    echo "GET /bracket ($bracket_bytes bytes), $c connection(s), ${duration}s:"
    grep -E 'Requests/sec|  50%|  75%|  90%|  99%' "$work/wrk-bracket-$c.txt"
  done
  echo "report -> confirm -> advance, $in_flight in flight: $played matches in ${elapsed} s = $(echo "scale=1; $played / $elapsed" | bc) matches/s, $failures failed; $advanced matches of later rounds made ready"
} | tee "$work/tournaments.txt"
