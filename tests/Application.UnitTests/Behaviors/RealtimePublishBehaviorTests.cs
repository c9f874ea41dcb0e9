using Platform.Application.Identity.RegisterUser;
using Platform.Application.Projects.ArchiveProject;
using Platform.Application.Projects.CreateProject;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class RealtimePublishBehaviorTests
{
    [Fact]
    public async Task A_successful_command_pushes_its_events_to_the_members_after_saving()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        var savesBefore = host.UnitOfWork.Saves;

        await host.SendAsync(new ArchiveProjectCommand(project.Id, ann));

        var pushed = Assert.Single(host.Realtime.Published);
        Assert.Equal(("projectArchived", ann), (pushed.Name, Assert.Single(pushed.Recipients)));
        Assert.Equal(savesBefore + 1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_failed_command_pushes_nothing()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var bob = await RegisterAsync(host, "bob");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;

        var refused = await host.SendAsync(new ArchiveProjectCommand(project.Id, bob));

        Assert.False(refused.IsSuccess);
        Assert.Empty(host.Realtime.Published);
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string name) =>
        (await host.SendAsync(new RegisterUserCommand($"{name}@example.com", "a long enough passphrase", name))).Value.Id;
}
