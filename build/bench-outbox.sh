#!/usr/bin/env bash
# Outbox relay benchmark (issue 17): two worker processes of the real Api binary (Platform:Role=Worker) deliver
# notifications.created.v1 messages; measures commit-to-delivery latency at a steady 500 messages/s and the drain rate
# of a 20,000-message backlog, and checks each message was delivered exactly once (tests/Benchmarks/Outbox).
#
# Settings: PLATFORM_BENCH_RATE (messages/s, default 500), PLATFORM_BENCH_SECONDS (default 30),
#           PLATFORM_BENCH_BACKLOG (default 20000).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# shellcheck source=build/lib-postgres.sh
source "$repo_root/build/lib-postgres.sh"
platform_pg_start
export ConnectionStrings__Platform="$PLATFORM_PG_CONNECTION;Database=platform_bench_outbox"
export PLATFORM_BENCH_CONNECTION="$ConnectionStrings__Platform;Command Timeout=0"
Jwt__SigningKeys__0__PrivateKeyPem="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null)"
export Jwt__SigningKeys__0__KeyId=bench Jwt__SigningKeys__0__PrivateKeyPem ASPNETCORE_ENVIRONMENT=Production
export PasswordReset__LinkTemplate='https://bench.invalid/reset-password?token={token}' Mail__PickupDirectory="$repo_root/.local/bench/mail"
Redaction__Key="$(openssl rand -base64 48)"
export Redaction__Key Redaction__KeyId=1
export Notifications__UnsubscribeUrl='https://bench.invalid/api/v1/notifications/unsubscribe?token={token}'
export Logging__LogLevel__Default=Warning

dotnet build src/Api/Api.csproj -c Release -v quiet -nologo >/dev/null
dotnet build tests/Benchmarks/Outbox/Outbox.csproj -c Release -v quiet -nologo >/dev/null
mkdir -p .local/bench
dotnet src/Api/bin/Release/net10.0/Platform.Api.dll migrate > .local/bench/migrate-outbox.log
export PLATFORM_API_DLL="$repo_root/src/Api/bin/Release/net10.0/Platform.Api.dll"
dotnet tests/Benchmarks/Outbox/bin/Release/net10.0/Platform.Benchmarks.Outbox.dll | tee .local/bench/outbox.txt
