# Sourced by run.sh, test.sh and the benchmarks: private PostgreSQL clusters under .local/<cluster>/data when no
# database is configured (ADR 24, docs/operations.md#the-private-postgresql).
#
#   platform_pg_start [cluster] [port] [profile]
#     cluster  directory under .local (default: postgres, the cluster run.sh serves from)
#     port     default: PLATFORM_PG_PORT, else 55432
#     profile  durable (default): fsync, synchronous_commit and full_page_writes on, data checksums;
#              fast: all three off, for throw-away test data only
#   Exports PLATFORM_PG_CONNECTION (an Npgsql connection string without a database name), PLATFORM_PG_DATA and
#   PLATFORM_PG_BIN, and remembers the data directory when it started the server (platform_pg_stop_started stops those).
#
# Every setting lives in the cluster's own configuration (data/platform.conf, included by postgresql.conf), so any
# start of the data directory — this script, a plain `pg_ctl start -D`, a reboot — comes up the same.

platform_pg_root="$repo_root/.local"
platform_pg_started=()

platform_pg_find_bin() {
  local candidate
  for candidate in /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
    fi
  done | sort -V | tail -n 1
}

platform_pg_install() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> PostgreSQL is not installed; installing it with apt-get (Debian)." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
  else
    cat >&2 <<'MSG'
PostgreSQL (server, version 15 or newer) is needed and was not found under /usr/lib/postgresql/*/bin.
Install it, for example:
  Debian/Ubuntu:  sudo apt-get install postgresql postgresql-contrib
  Fedora:         sudo dnf install postgresql-server postgresql-contrib
  macOS:          brew install postgresql@16
or point the Api at an existing server: export ConnectionStrings__Platform="Host=...;Database=...;Username=...;Password=..."
MSG
    return 1
  fi
}

# Runs a command as the owner of the data directory: PostgreSQL refuses to run as root.
platform_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The cluster's own settings. Rewritten at every start, so a changed port or profile applies.
platform_pg_write_config() {
  local data="$1" port="$2" profile="$3" run="$4" durability
  if [ "$profile" = fast ]; then
    durability="# Profile fast (tests only): a crash may lose acknowledged commits or corrupt the cluster; its data is
# recreated by every test run.
fsync = off
synchronous_commit = off
full_page_writes = off"
  else
    durability="# Profile durable: a commit is acknowledged only once its WAL is on disk, torn pages are repaired from
# WAL, and data pages carry checksums (initdb --data-checksums).
fsync = on
synchronous_commit = on
full_page_writes = on"
  fi
  cat > "$data/platform.conf" <<CONF
# Written by build/lib-postgres.sh. Start this cluster with any command (build/run.sh, pg_ctl start -D $data):
# it comes up with these settings.
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$run'
max_connections = 200
$durability
CONF
  if ! grep -q "^include_if_exists = 'platform.conf'" "$data/postgresql.conf"; then
    printf "\n# This cluster's own settings (build/lib-postgres.sh).\ninclude_if_exists = 'platform.conf'\n" >> "$data/postgresql.conf"
  fi
}

# A postmaster.pid naming a process that is not this cluster's postmaster (it died; after a reboot the PID may even
# belong to someone else) would stop the start: remove it.
platform_pg_remove_stale_pid() {
  local data="$1" pid
  [ -f "$data/postmaster.pid" ] || return 0
  pid="$(head -n 1 "$data/postmaster.pid")"
  if [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "postgres"; then
    return 0
  fi
  echo "==> Removing the stale $data/postmaster.pid (process $pid is not running PostgreSQL)" >&2
  rm -f "$data/postmaster.pid"
}

platform_pg_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Clusters created before the settings moved into platform.conf ran with them on pg_ctl's command line (kept in
# postmaster.opts) and without data checksums: restart them from their configuration, enabling checksums offline.
platform_pg_upgrade() {
  local bin="$1" data="$2" profile="$3"
  if [ -f "$data/postmaster.opts" ] && grep -q -- " -c \| -p " "$data/postmaster.opts" \
    && platform_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "==> Restarting $data: its settings move from the command line into platform.conf" >&2
    platform_pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
  if [ "$profile" = durable ] && LC_ALL=C "$bin/pg_controldata" "$data" 2>/dev/null | grep -q "^Data page checksum version: *0$"; then
    if platform_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      platform_pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    echo "==> Enabling data checksums in $data (offline, pg_checksums; takes a while on a large cluster)" >&2
    platform_pg_as_owner "$bin/pg_checksums" --enable --pgdata "$data" >/dev/null
  fi
}

platform_pg_start() {
  local cluster="${1:-postgres}" port="${2:-${PLATFORM_PG_PORT:-55432}}" profile="${3:-durable}" bin
  case "$profile" in durable | fast) ;; *) echo "platform_pg_start: unknown profile '$profile'" >&2; return 1 ;; esac
  bin="$(platform_pg_find_bin)"
  if [ -z "$bin" ]; then
    platform_pg_install || return 1
    bin="$(platform_pg_find_bin)"
  fi

  local root="$platform_pg_root/$cluster"
  local data="$root/data" run="$root/run" log="$root/postgres.log"
  mkdir -p "$root" "$run"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown -R postgres: "$root"
    # postgres must be able to reach the data directory through the repository's parent directories.
    local dir="$root"
    while [ "$dir" != "/" ]; do
      chmod o+x "$dir" 2>/dev/null || true
      dir="$(dirname "$dir")"
    done
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    echo "==> Creating a private PostgreSQL cluster ($profile) in $data" >&2
    local checksums=()
    if [ "$profile" = durable ]; then
      checksums=(--data-checksums)
    fi
    platform_pg_as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 "${checksums[@]}" >/dev/null || return 1
  else
    platform_pg_upgrade "$bin" "$data" "$profile" || return 1
  fi
  platform_pg_write_config "$data" "$port" "$profile" "$run"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$data/platform.conf"
  fi

  platform_pg_remove_stale_pid "$data"
  if platform_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    local running_port
    running_port="$(sed -n 4p "$data/postmaster.pid")"
    if [ "$running_port" != "$port" ]; then
      echo "==> $data runs on port $running_port; restarting it on $port" >&2
      platform_pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || return 1
    else
      # Settings that need no restart (the profile) apply at once.
      platform_pg_as_owner "$bin/pg_ctl" -D "$data" reload >/dev/null
    fi
  fi

  if ! platform_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    if platform_pg_port_busy "$port"; then
      echo "Port $port on 127.0.0.1 is taken by another process, so the PostgreSQL cluster in $data cannot start there." >&2
      command -v ss >/dev/null 2>&1 && ss -ltnp "sport = :$port" >&2
      echo "Stop that process, or choose another port (PLATFORM_PG_PORT for run.sh, PLATFORM_TEST_PG_PORT and PLATFORM_CRASH_PG_PORT for test.sh)." >&2
      return 1
    fi
    echo "==> Starting PostgreSQL ($profile) on 127.0.0.1:$port from $data" >&2
    # After a crash, backends of the killed server may hold its shared memory for a moment: retry for a while.
    local attempt
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      if platform_pg_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null; then
        platform_pg_started+=("$data")
        break
      fi
      if [ "$attempt" -eq 10 ]; then
        tail -n 20 "$log" >&2
        return 1
      fi
      sleep 1
    done
  fi

  export PLATFORM_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres"
  export PLATFORM_PG_DATA="$data" PLATFORM_PG_BIN="$bin"
}

# Stops the clusters this shell started (test.sh calls it on exit), leaving those that were already running.
platform_pg_stop_started() {
  local bin data
  bin="$(platform_pg_find_bin)"
  [ -n "$bin" ] || return 0
  for data in "${platform_pg_started[@]}"; do
    platform_pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  done
  platform_pg_started=()
}
