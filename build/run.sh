#!/usr/bin/env bash
# Command 1: start the Api (or, with arguments, run one of its commands: see docs/operations.md). With no ConnectionStrings__Platform set, it creates and starts a private
# PostgreSQL under .local/ (installing PostgreSQL with apt when root on Debian), applies the migrations
# and serves on http://localhost:${PLATFORM_API_PORT:-5080}.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [ -z "${ConnectionStrings__Platform:-}" ]; then
  # shellcheck source=build/lib-postgres.sh
  source "$repo_root/build/lib-postgres.sh"
  platform_pg_start
  export ConnectionStrings__Platform="$PLATFORM_PG_CONNECTION;Database=platform"
fi

# Development generates its ES256 signing key once and keeps it here, so tokens survive restarts.
export Jwt__DevelopmentKeyFile="${Jwt__DevelopmentKeyFile:-$repo_root/.local/jwt-development-key.pem}"

# Mail (password reset links) lands here as .eml files unless Mail__Transport=Smtp is set.
export Mail__PickupDirectory="${Mail__PickupDirectory:-$repo_root/.local/mail}"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
port="${PLATFORM_API_PORT:-5080}"

dotnet build src/Api/Api.csproj -c Release -v quiet -nologo
dotnet run --no-build -c Release --project src/Api/Api.csproj --no-launch-profile -- migrate

# With arguments, run that Api command against the same database and exit, e.g. `build/run.sh grant-role ann@example.com admin`.
if [ "$#" -gt 0 ]; then
  exec dotnet run --no-build -c Release --project src/Api/Api.csproj --no-launch-profile -- "$@"
fi

cat <<MSG

  Platform API   http://localhost:$port
  Docs UI        http://localhost:$port/docs   (v1 and v2)
  OpenAPI        http://localhost:$port/openapi/v1.json, http://localhost:$port/openapi/v2.json
  Health         http://localhost:$port/health/ready
  Metrics        http://localhost:$port/metrics

MSG
exec dotnet run --no-build -c Release --project src/Api/Api.csproj --no-launch-profile --urls "http://localhost:$port"
