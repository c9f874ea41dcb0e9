using Microsoft.Extensions.Logging;
using Platform.Application.Common.Realtime;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Projects.AddMember;
using Platform.Application.Projects.ArchiveProject;
using Platform.Application.Projects.CreateProject;
using Platform.Application.Projects.GetProject;
using Platform.Application.Projects.ListProjects;
using Platform.Application.Projects.RemoveMember;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Projects;

/// <summary>The after-commit effects of project events (ADR 25): stale cache entries go, then the members hear of it.</summary>
public sealed class ProjectEventEffectsTests
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

    [Fact]
    public async Task Archiving_an_archived_project_changes_nothing_and_pushes_nothing()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        await host.SendAsync(new ArchiveProjectCommand(project.Id, ann));

        Assert.True((await host.SendAsync(new ArchiveProjectCommand(project.Id, ann))).IsSuccess);

        Assert.Single(host.Realtime.Published);
    }

    [Fact]
    public async Task A_change_drops_the_cached_project_and_every_member_list_so_the_next_read_is_fresh()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var bob = await RegisterAsync(host, "bob");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        await host.SendAsync(new AddMemberCommand(bob, "member") { ProjectId = project.Id, ActorId = ann });
        Assert.Equal("active", (await host.SendAsync(new GetProjectQuery(project.Id, ann))).Value.Status);
        Assert.Equal("active", Assert.Single((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items).Status);

        await host.SendAsync(new ArchiveProjectCommand(project.Id, ann));

        Assert.Equal("archived", (await host.SendAsync(new GetProjectQuery(project.Id, ann))).Value.Status);
        Assert.Equal("archived", Assert.Single((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items).Status);
    }

    [Fact]
    public async Task A_removed_member_hears_of_the_removal_and_their_list_no_longer_shows_the_project()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var bob = await RegisterAsync(host, "bob");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        await host.SendAsync(new AddMemberCommand(bob, "member") { ProjectId = project.Id, ActorId = ann });
        Assert.Single((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items);

        await host.SendAsync(new RemoveMemberCommand(project.Id, bob, ann));

        var removal = host.Realtime.Published[^1];
        Assert.Equal("memberRemoved", removal.Name);
        Assert.Equal(new[] { ann, bob }.Order(), removal.Recipients.Order());
        Assert.Empty((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items);
    }

    [Fact]
    public async Task A_push_that_fails_is_logged_and_the_committed_change_still_succeeds()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        host.Realtime.FailWith = new InvalidOperationException("hub down");

        var archived = await host.SendAsync(new ArchiveProjectCommand(project.Id, ann));

        Assert.True(archived.IsSuccess);
        Assert.Contains(host.Logs.Collector.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains("ProjectArchived", StringComparison.Ordinal));
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string name) =>
        (await host.SendAsync(new RegisterUserCommand($"{name}@example.com", "a long enough passphrase", name))).Value.Id;
}
