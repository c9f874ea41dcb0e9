# Sourced by test.sh: makes sure a redis-server binary is there (the tests start and stop private instances
# of it) and exports PLATFORM_REDIS_SERVER with its path. Installs Redis with apt on Debian as root.

platform_redis_find() {
  command -v redis-server 2>/dev/null || { [ -x /usr/bin/redis-server ] && echo /usr/bin/redis-server; }
}

platform_redis_ensure() {
  local bin
  bin="$(platform_redis_find)"
  if [ -z "$bin" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "==> redis-server is not installed; installing it with apt-get (Debian)." >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      # The package's own service is not needed: policy-rc.d keeps apt from starting it.
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >&2
      rm -f /usr/sbin/policy-rc.d
      bin="$(platform_redis_find)"
    fi
  fi

  if [ -z "$bin" ]; then
    cat >&2 <<'MSG'
redis-server (Redis 6 or newer) is needed by the tests of the Redis cache level and was not found.
Install it, for example:
  Debian/Ubuntu:  sudo apt-get install redis-server
  Fedora:         sudo dnf install redis
  macOS:          brew install redis
MSG
    return 1
  fi

  export PLATFORM_REDIS_SERVER="$bin"
}
