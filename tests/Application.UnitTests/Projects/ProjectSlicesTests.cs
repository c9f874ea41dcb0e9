using Platform.Application.Identity.RegisterUser;
using Platform.Application.Projects.AddMember;
using Platform.Application.Projects.CreateProject;
using Platform.Application.Projects.GetProject;
using Platform.Application.Projects.ListMembers;
using Platform.Application.Projects.ListProjects;
using Platform.Application.Projects.RemoveMember;
using Platform.Application.Projects.UpdateProject;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Projects;

public sealed class ProjectSlicesTests
{
    [Fact]
    public async Task A_created_project_is_listed_and_read_by_its_owner_and_by_nobody_else()
    {
        await using var host = new PipelineHost();
        var (ann, bob) = (await RegisterAsync(host, "ann"), await RegisterAsync(host, "bob"));

        var created = await host.SendAsync(new CreateProjectCommand("gpr", "Garden", "Shed", ["wood"]) { OwnerId = ann });

        Assert.Equal(("GPR", "owner", "active"), (created.Value.Key, created.Value.Role, created.Value.Status));
        Assert.Equal(created.Value.Id, Assert.Single((await host.SendAsync(new ListProjectsQuery(ann, null, 1, 20))).Value.Items).Id);
        Assert.Empty((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items);
        Assert.Equal("project_not_found", (await host.SendAsync(new GetProjectQuery(created.Value.Id, bob))).Error!.Code);
    }

    [Fact]
    public async Task Adding_a_member_makes_the_project_visible_to_them_at_once_though_reads_are_cached()
    {
        await using var host = new PipelineHost();
        var (ann, bob) = (await RegisterAsync(host, "ann"), await RegisterAsync(host, "bob"));
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        Assert.Empty((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items); // cached empty

        var added = await host.SendAsync(new AddMemberCommand(bob, "viewer") { ProjectId = project.Id, ActorId = ann });

        Assert.Equal(("viewer", "bob"), (added.Value.Role, added.Value.DisplayName));
        Assert.Single((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items);
        Assert.Equal(2, (await host.SendAsync(new ListMembersQuery(project.Id, ann))).Value.Count);
        Assert.Equal("project_permission_denied",
            (await host.SendAsync(new UpdateProjectCommand("Mine now") { Id = project.Id, UserId = bob })).Error!.Code);
    }

    [Fact]
    public async Task A_removed_member_loses_sight_of_the_project_at_once()
    {
        await using var host = new PipelineHost();
        var (ann, bob) = (await RegisterAsync(host, "ann"), await RegisterAsync(host, "bob"));
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        await host.SendAsync(new AddMemberCommand(bob, "member") { ProjectId = project.Id, ActorId = ann });
        Assert.True((await host.SendAsync(new GetProjectQuery(project.Id, bob))).IsSuccess); // cached

        await host.SendAsync(new RemoveMemberCommand(project.Id, bob, ann));

        Assert.Equal("project_not_found", (await host.SendAsync(new GetProjectQuery(project.Id, bob))).Error!.Code);
        Assert.Empty((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items);
    }

    [Fact]
    public async Task A_rename_reaches_every_members_cached_list()
    {
        await using var host = new PipelineHost();
        var (ann, bob) = (await RegisterAsync(host, "ann"), await RegisterAsync(host, "bob"));
        var project = (await host.SendAsync(new CreateProjectCommand("GPR", "Garden") { OwnerId = ann })).Value;
        await host.SendAsync(new AddMemberCommand(bob, "member") { ProjectId = project.Id, ActorId = ann });
        await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20)); // cached

        await host.SendAsync(new UpdateProjectCommand("Orchard", "Apples", ["fruit"]) { Id = project.Id, UserId = bob });

        Assert.Equal("Orchard", Assert.Single((await host.SendAsync(new ListProjectsQuery(bob, null, 1, 20))).Value.Items).Name);
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string name)
    {
        var registered = await host.SendAsync(new RegisterUserCommand($"{name}@example.com", "a long enough passphrase", name));
        return registered.Value.Id;
    }
}
