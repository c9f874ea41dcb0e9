# Sourced by run.sh and test.sh: provides a private PostgreSQL under .local/postgres when no
# database is configured. Exports PLATFORM_PG_CONNECTION (an Npgsql connection string without
# a database name) for the caller to complete.
#
# Settings (environment): PLATFORM_PG_PORT (default 55432).

platform_pg_port="${PLATFORM_PG_PORT:-55432}"
platform_pg_root="$repo_root/.local/postgres"

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

platform_pg_start() {
  local bin
  bin="$(platform_pg_find_bin)"
  if [ -z "$bin" ]; then
    platform_pg_install || return 1
    bin="$(platform_pg_find_bin)"
  fi

  local data="$platform_pg_root/data" run="$platform_pg_root/run" log="$platform_pg_root/postgres.log"
  mkdir -p "$platform_pg_root" "$run"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown -R postgres: "$platform_pg_root"
    # postgres must be able to reach the data directory through the repository's parent directories.
    local dir="$platform_pg_root"
    while [ "$dir" != "/" ]; do
      chmod o+x "$dir" 2>/dev/null || true
      dir="$(dirname "$dir")"
    done
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    echo "==> Creating a private PostgreSQL cluster in $data" >&2
    platform_pg_as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi

  if ! platform_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "==> Starting PostgreSQL on 127.0.0.1:$platform_pg_port" >&2
    platform_pg_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $platform_pg_port -k $run -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off" \
      start >/dev/null || { cat "$log" >&2; return 1; }
  fi

  export PLATFORM_PG_CONNECTION="Host=127.0.0.1;Port=$platform_pg_port;Username=postgres"
}

platform_pg_stop() {
  local bin
  bin="$(platform_pg_find_bin)"
  [ -n "$bin" ] && [ -d "$platform_pg_root/data" ] && platform_pg_as_owner "$bin/pg_ctl" -D "$platform_pg_root/data" -m fast stop >/dev/null 2>&1 || true
}
