using Platform.Application.Identity.LockUser;
using Platform.Application.Identity.UnlockUser;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Audit;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class AdminActionAuditBehaviorTests
{
    [Fact]
    public async Task A_refused_admin_action_is_audited_at_once_with_its_code_the_actor_and_the_device()
    {
        await using var host = new PipelineHost();
        var unknown = Guid.CreateVersion7();

        var result = await host.SendAsync(new UnlockUserCommand(unknown));

        Assert.Equal("user_not_found", result.Error!.Code);
        var entry = Assert.Single(host.Repository<InMemoryAuditLog>().Saved);
        Assert.Equal((AuditEventType.UserUnlocked, AuditOutcome.Failure, unknown, "user_not_found"), (entry.Type, entry.Outcome, entry.UserId, entry.Detail));
        Assert.Equal((host.CurrentUser.Id, host.CurrentUser.IpAddress, host.CurrentUser.SessionId, host.CurrentUser.DeviceId), (entry.ActorId, entry.IpAddress, entry.SessionId, entry.DeviceId));
    }

    [Fact]
    public async Task An_admin_action_that_fails_validation_is_audited_too()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new LockUserCommand { Id = Guid.Empty, ActorId = host.CurrentUser.Id!.Value });

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("validation_failed", Assert.Single(host.Repository<InMemoryAuditLog>().Saved).Detail);
    }
}
