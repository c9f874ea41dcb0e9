using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Platform.ArchitectureTests;

/// <summary>One owner of the transaction, and one named way for a refusal to keep its writes (ADR 26).</summary>
public sealed class TransactionRules
{
    /// <summary>EF Core and Npgsql calls that save, begin or commit: only the unit of work (PlatformDbContext) makes them.</summary>
    private static readonly HashSet<string> TransactionCalls =
    [
        "DbContext::SaveChanges", "DbContext::SaveChangesAsync",
        "DatabaseFacade::BeginTransaction", "DatabaseFacade::BeginTransactionAsync",
        "RelationalDatabaseFacadeExtensions::BeginTransaction", "RelationalDatabaseFacadeExtensions::BeginTransactionAsync",
        "RelationalDatabaseFacadeExtensions::UseTransaction", "RelationalDatabaseFacadeExtensions::UseTransactionAsync",
        "IDbContextTransaction::Commit", "IDbContextTransaction::CommitAsync",
        "NpgsqlConnection::BeginTransaction", "NpgsqlConnection::BeginTransactionAsync",
    ];

    /// <summary>
    /// The users of the unit of work's begin, save and commit: the command pipeline and the outbox relay's deliveries
    /// begin, and both end through the one commit sequence (domain events, outbox messages, save, commit).
    /// </summary>
    private static readonly HashSet<string> UnitOfWorkOwners =
    [
        "Platform.Application.Common.Behaviors.UnitOfWorkBehavior`2",
        "Platform.Application.Common.Persistence.TransactionCommit",
        "Platform.Infrastructure.Outbox.OutboxRelay",
    ];

    /// <summary>Every request whose refusal keeps its writes, and why; a new one is a decision, added here and to ADR 26.</summary>
    private static readonly HashSet<string> RecordedRefusals =
    [
        "Platform.Application.Identity.Login.LoginHandler", // the failed sign-in count (lockout) and its audit record
        "Platform.Application.Identity.ChangePassword.ChangePasswordHandler", // a wrong current password counts the same
        "Platform.Application.Identity.ResetPassword.ResetPasswordHandler", // the audit record of an unusable link
        "Platform.Application.Identity.RefreshSession.RefreshSessionHandler", // the session a reused token ends, its audit record
        "Platform.Application.Common.Behaviors.AdminActionAuditBehavior`2", // the audit record of a refused administrator action
    ];

    [Fact]
    public void Only_the_unit_of_work_saves_begins_or_commits()
    {
        var offenders = CallsIn(Layers.Application, Layers.Infrastructure, Layers.Api)
            .Where(call => TransactionCalls.Contains(call.Callee) && call.Caller != "Platform.Infrastructure.Persistence.PlatformDbContext")
            .Select(call => $"{call.Caller} calls {call.Callee}");

        ArchAssert.None(offenders.Distinct(),
            "Only the unit of work (PlatformDbContext) saves, begins or commits; handlers and repositories leave that to UnitOfWorkBehavior.");
    }

    [Fact]
    public void Only_the_command_pipeline_and_the_listed_jobs_begin_save_or_commit_a_unit_of_work()
    {
        var offenders = CallsIn(Layers.Application, Layers.Infrastructure, Layers.Api)
            .Where(call => call.Callee is "IUnitOfWork::BeginAsync" or "IUnitOfWork::SaveChangesAsync" or "IUnitOfWork::CommitAsync"
                && !UnitOfWorkOwners.Contains(call.Caller))
            .Select(call => $"{call.Caller} calls {call.Callee}");

        ArchAssert.None(offenders.Distinct(),
            "A command's transaction belongs to UnitOfWorkBehavior; a handler answers a RecordedRefusal instead of saving what a refusal keeps.");
    }

    [Fact]
    public void Only_the_listed_requests_answer_a_recorded_refusal()
    {
        var users = CallsIn(Layers.Application, Layers.Infrastructure, Layers.Api)
            .Where(call => call.Callee is "RecordedRefusal::.ctor")
            .Select(call => call.Caller)
            .ToHashSet();

        ArchAssert.None(
            users.Except(RecordedRefusals).Select(type => $"{type} answers a RecordedRefusal but is not listed")
                .Concat(RecordedRefusals.Except(users).Select(type => $"{type} is listed but answers no RecordedRefusal")),
            "The writes that survive a refused command are listed in one place: TransactionRules.RecordedRefusals (and ADR 26).");
    }

    /// <summary>Every call and constructor call in the assemblies, by the outermost type that makes it (async state machines and lambdas count as their type).</summary>
    internal static IEnumerable<(string Caller, string Callee)> CallsIn(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            foreach (var type in module.GetTypes())
            {
                var caller = OutermostOf(type).FullName.Replace('/', '+');
                foreach (var instruction in type.Methods.Where(method => method.HasBody).SelectMany(method => method.Body.Instructions))
                {
                    if (instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj && instruction.Operand is MethodReference callee)
                    {
                        yield return (caller, $"{callee.DeclaringType.Name.Split('`')[0]}::{callee.Name}");
                    }
                }
            }
        }
    }

    private static TypeDefinition OutermostOf(TypeDefinition type) => type.DeclaringType is null ? type : OutermostOf(type.DeclaringType);
}
