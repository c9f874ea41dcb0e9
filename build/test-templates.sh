#!/usr/bin/env bash
# Proves the dotnet new templates (build/templates) still fit the code base: installs them into a throw-away
# template hive, copies the repository to .local/template-test, generates a module and one slice of every kind
# into the copy, and a second, shared module (--shared) with its slices, adds one migration for both, builds it, and
# runs the architecture tests and the generated tests there; then it
# plants a breach of each event, caller, audit, transaction, module, mapping and endpoint-mapping rule into the copy and checks that the
# architecture tests reject exactly those.
# Needs PLATFORM_TEST_CONNECTION (build/test.sh sets it). Prints dotnet test's "Passed!/Failed!" lines.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo_root/.local/template-test"
copy="$work/repo"
hive="$work/hive"
: "${PLATFORM_TEST_CONNECTION:?PLATFORM_TEST_CONNECTION is not set; run build/test.sh}"

rm -rf "$work"
mkdir -p "$copy" "$hive"
# The repository as it is now, tracked and new files alike, without build output or ignored files.
(cd "$repo_root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$copy"

new() { (cd "$copy" && dotnet new "$@" --output . --debug:custom-hive "$hive") > "$work/dotnet-new.log" 2>&1 \
  || { cat "$work/dotnet-new.log" >&2; echo "dotnet new $* failed" >&2; exit 1; }; }

echo "==> dotnet new install build/templates (hive $hive)"
dotnet new install "$repo_root/build/templates" --debug:custom-hive "$hive" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; exit 1; }

# A two-word module, so that the kebab-case route, the snake_case table and error codes are exercised too.
module=(--module StockItems --entity StockItem)
echo "==> generating module StockItems and six slices into $copy"
new platform-module "${module[@]}"
new platform-slice "${module[@]}" -n CreateStockItem
new platform-slice "${module[@]}" -n GetStockItem --kind query --route '/{id:guid}' --cached --versions v1 --versions v2
new platform-slice "${module[@]}" -n ListStockItems --kind query --cached
new platform-slice "${module[@]}" -n RenameStockItem --method PATCH --route '/{id:guid}'
new platform-slice "${module[@]}" -n DeleteStockItem --method DELETE --route '/{id:guid}'
new platform-slice "${module[@]}" -n ArchiveStockItem --route '/{id:guid}/archive' --body false

# Each slice's route goes into the module's Carter module by hand, as the slice template's instructions say.
routes='        v1.MapCreateStockItem();
        v1.MapListStockItems();
        v1.MapRenameStockItem();
        v1.MapDeleteStockItem();
        v1.MapArchiveStockItem();
        v1.MapGetStockItem().WithName("GetStockItemV1");

        var v2 = api.MapVersionGroup(RoutePrefix, ApiVersions.V2).WithTags(Tag);
        v2.MapGetStockItem().WithName("GetStockItemV2");'
carter_module="$copy/src/Api/Modules/StockItems/StockItemsModule.cs"
ROUTES="$routes" perl -0pi -e 's{^ +// Routes: .*$}{$ENV{ROUTES}}m' "$carter_module"
grep -q "v2.MapGetStockItem()" "$carter_module" || { cat "$carter_module" >&2; echo "The routes were not added to the generated Carter module" >&2; exit 1; }

# A shared module: every signed-in user reads every venue and lists them all; only the owner changes one (403 for others).
shared=(--module Venues --entity Venue --shared)
echo "==> generating the shared module Venues and six slices into $copy"
new platform-module "${shared[@]}"
new platform-slice "${shared[@]}" -n CreateVenue
new platform-slice "${shared[@]}" -n GetVenue --kind query --route '/{id:guid}' --cached
new platform-slice "${shared[@]}" -n ListVenues --kind query --cached
new platform-slice "${shared[@]}" -n RenameVenue --method PATCH --route '/{id:guid}'
new platform-slice "${shared[@]}" -n DeleteVenue --method DELETE --route '/{id:guid}'
new platform-slice "${shared[@]}" -n ArchiveVenue --route '/{id:guid}/archive' --body false
routes='        v1.MapCreateVenue();
        v1.MapGetVenue();
        v1.MapListVenues();
        v1.MapRenameVenue();
        v1.MapDeleteVenue();
        v1.MapArchiveVenue();'
carter_module="$copy/src/Api/Modules/Venues/VenuesModule.cs"
ROUTES="$routes" perl -0pi -e 's{^ +// Routes: .*$}{$ENV{ROUTES}}m' "$carter_module"
grep -q "v1.MapArchiveVenue()" "$carter_module" || { cat "$carter_module" >&2; echo "The routes were not added to the generated Carter module" >&2; exit 1; }

cd "$copy"
echo "==> dotnet ef migrations add AddStockItemsAndVenues"
dotnet restore Platform.sln -v quiet > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }
dotnet ef migrations add AddStockItemsAndVenues --project src/Infrastructure --startup-project src/Infrastructure \
  --output-dir Persistence/Migrations > "$work/migration.log" 2>&1 || { cat "$work/migration.log" >&2; exit 1; }

echo "==> building the generated code"
dotnet build Platform.sln -c Release -nologo -v quiet --no-restore

echo "==> architecture tests and the generated tests"
dotnet test Platform.sln -c Release --no-build -nologo \
  --filter "FullyQualifiedName~Platform.ArchitectureTests|FullyQualifiedName~.StockItems.|FullyQualifiedName~.Venues."

# The architecture rules must catch what they forbid: plant one breach per rule into the copy, rebuild, and expect
# exactly those rules to fail, each naming the planted type. (Their output stays in a log of its own: its "Failed!"
# line must not count as a failed test of this run.)
echo "==> planting breaches of the event, transaction, module and endpoint rules into the copy; each rule must reject its own"
cat > src/Application/StockItems/PlantedBreaches.cs <<'CS'
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.StockItems.PlantedBreaches;

/// <summary>Planted by build/test-templates.sh: a domain event outside the Domain.</summary>
public sealed record PlantedEventOutsideTheDomain : IDomainEvent;

public sealed record PlantedQuery : IQuery<string>;

/// <summary>Planted by build/test-templates.sh: a request handler that evicts the cache by hand.</summary>
internal sealed class PlantedQueryHandler(IFusionCache cache) : IRequestHandler<PlantedQuery, Result<string>>
{
    public async Task<Result<string>> Handle(PlantedQuery request, CancellationToken cancellationToken)
    {
        await cache.RemoveByTagAsync("planted", token: cancellationToken);
        return "planted";
    }
}

public sealed record PlantedCommand : ICommand<string>;

internal sealed class PlantedCommandValidator : AbstractValidator<PlantedCommand>;

public sealed record PlantedAuditQuery : IQuery<string>;

/// <summary>Planted by build/test-templates.sh: a handler that reads its caller, writes the audit trail and raises an event by hand.</summary>
internal sealed class PlantedAuditQueryHandler(
    Platform.Application.Common.Security.ICurrentUser currentUser,
    Platform.Application.Audit.Contracts.IAuditLog auditLog,
    Platform.Application.Common.Events.IDomainEvents events) : IRequestHandler<PlantedAuditQuery, Result<string>>
{
    public Task<Result<string>> Handle(PlantedAuditQuery request, CancellationToken cancellationToken)
    {
        var context = new Platform.Domain.Audit.AuditContext { UserId = currentUser.Id };
        auditLog.Add(Platform.Domain.Audit.AuditEvent.Record("planted", Platform.Domain.Audit.AuditOutcome.Success, context, DateTimeOffset.UnixEpoch));
        events.Raise(new PlantedEventOutsideTheDomain());
        return Task.FromResult<Result<string>>("planted");
    }
}

/// <summary>Planted by build/test-templates.sh: a response that maps itself instead of a Mapster configuration.</summary>
public sealed record PlantedResponse(string Name)
{
    public static PlantedResponse From(string name) => new(name);
}

/// <summary>Planted by build/test-templates.sh: an Application shape that tells the serializer what to skip.</summary>
public sealed record PlantedSerializedShape([property: System.Text.Json.Serialization.JsonIgnore] Guid OwnerId);

/// <summary>Planted by build/test-templates.sh: a module that loads another module's aggregate through its repository.</summary>
internal sealed class PlantedCrossModuleReader(Platform.Application.Identity.IUserRepository users)
{
    public async Task<string?> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await users.FindByIdAsync(userId, cancellationToken))?.DisplayName.Value;
}

/// <summary>Planted by build/test-templates.sh: a handler that commits by hand and keeps a refusal's writes unlisted.</summary>
internal sealed class PlantedCommandHandler(Platform.Application.Common.Persistence.IUnitOfWork unitOfWork)
    : IRequestHandler<PlantedCommand, Result<string>>
{
    public async Task<Result<string>> Handle(PlantedCommand request, CancellationToken cancellationToken)
    {
        await unitOfWork.CommitAsync(cancellationToken);
        return new RecordedRefusal(Error.Conflict("planted", "Planted."));
    }
}
CS
cat > src/Api/Modules/StockItems/PlantedUnmappedEndpoint.cs <<'CS'
namespace Platform.Api.Modules.StockItems;

/// <summary>Planted by build/test-templates.sh: an endpoint its Carter module does not map.</summary>
internal static class PlantedUnmappedEndpoint
{
    public static RouteHandlerBuilder MapPlantedUnmapped(this IEndpointRouteBuilder group) =>
        group.MapGet("/planted", () => TypedResults.Ok()).WithName("PlantedUnmapped");
}
CS
cat > src/Infrastructure/StockItems/PlantedSave.cs <<'CS'
namespace Platform.Infrastructure.StockItems;

/// <summary>Planted by build/test-templates.sh: a repository that saves on its own.</summary>
internal sealed class PlantedSave(PlatformDbContext context)
{
    public Task<int> SaveAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);
}
CS
breach_log="$work/planted-breaches.log"
dotnet build tests/ArchitectureTests/ArchitectureTests.csproj -c Release -nologo -v quiet --no-restore > "$breach_log" 2>&1 \
  || { cat "$breach_log" >&2; echo "The planted breaches did not build" >&2; exit 1; }
if dotnet test tests/ArchitectureTests/ArchitectureTests.csproj -c Release --no-build -nologo >> "$breach_log" 2>&1; then
  echo "The architecture tests passed with the planted breaches in place: a rule does not catch what it forbids" >&2
  exit 1
fi
for expected in "Domain_events_are_records_of_the_domain" "PlantedEventOutsideTheDomain" \
  "Request_handlers_neither_evict_the_cache_nor_push_by_hand" "PlantedQueryHandler" \
  "Only_the_unit_of_work_saves_begins_or_commits" "PlantedSave calls DbContext::SaveChangesAsync" \
  "Only_the_command_pipeline_and_the_listed_jobs_begin_save_or_commit_a_unit_of_work" "PlantedCommandHandler calls IUnitOfWork::CommitAsync" \
  "Only_the_listed_requests_answer_a_recorded_refusal" "PlantedCommandHandler answers a RecordedRefusal but is not listed" \
  "A_module_uses_another_only_through_its_contracts_and_events" \
  "PlantedCrossModuleReader (StockItems) uses Platform.Application.Identity.IUserRepository (Identity)" \
  "Every_endpoint_is_mapped_by_the_carter_module_beside_it" "PlantedUnmappedEndpoint.MapPlantedUnmapped is mapped by no Carter module" \
  "Application_requests_carry_no_serializer_attributes" "PlantedSerializedShape" \
  "Responses_are_mapped_by_mapster_not_by_factories_of_their_own" "PlantedResponse.From" \
  "Request_handlers_know_the_caller_from_their_request" "PlantedAuditQueryHandler" \
  "The_audit_trail_is_written_from_events_and_refused_admin_actions_only" "PlantedAuditQueryHandler calls IAuditLog::Add" \
  "Only_the_listed_handlers_raise_an_event_without_an_aggregate" "PlantedAuditQueryHandler raises an event through IDomainEvents but is not listed" \
  "Failed:    12,"; do
  grep -q "$expected" "$breach_log" || { cat "$breach_log" >&2; echo "Expected '$expected' in the architecture tests' output" >&2; exit 1; }
done
echo "==> each event, transaction, module and endpoint rule rejected its planted breach, naming it; no other rule failed"
rm src/Application/StockItems/PlantedBreaches.cs src/Infrastructure/StockItems/PlantedSave.cs src/Api/Modules/StockItems/PlantedUnmappedEndpoint.cs
